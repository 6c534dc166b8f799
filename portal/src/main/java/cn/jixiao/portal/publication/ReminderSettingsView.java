package cn.jixiao.portal.publication;

import java.util.List;

/** The region's reminder thresholds (largest first), whether it set its own, the version to send back. */
public record ReminderSettingsView(List<Integer> reminderDays, boolean own, boolean mail, int version) {}

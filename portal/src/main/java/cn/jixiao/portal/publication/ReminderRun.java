package cn.jixiao.portal.publication;

import java.time.LocalDate;
import java.util.List;

/** What one reminder run did in a region: the reminders it issued now (none that went out before). */
public record ReminderRun(LocalDate on, List<Integer> reminderDays, List<Sent> sent) {

    /** A reminder issued to a department for a report due in {@code daysLeft} days, mailed or not. */
    public record Sent(
            long deadlineId,
            long departmentId,
            String departmentName,
            int fiscalYear,
            String kind,
            LocalDate due,
            long daysLeft,
            List<Integer> thresholds,
            String mailedTo) {}
}

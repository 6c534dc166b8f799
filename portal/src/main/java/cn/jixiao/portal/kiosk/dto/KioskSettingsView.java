package cn.jixiao.portal.kiosk.dto;

/** The region's kiosk settings; {@code regionSet} false (version -1) while the region has no settings row. */
public record KioskSettingsView(
        Long networkSignOffDepartmentId, String networkSignOffDepartmentName, boolean regionSet, int version) {}

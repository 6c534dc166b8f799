package cn.jixiao.portal.kiosk;

import jakarta.ws.rs.BadRequestException;

/**
 * The kiosk pages' filter parameters, read from text so that a wrong value is a 400 saying which
 * parameter and what it takes, not a 404 from JAX-RS. An empty value means no filter.
 */
final class KioskParams {
    private KioskParams() {}

    static PointStatus pointStatus(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return PointStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("服务点状态 status 应为 PLANNED、UNDER_CONSTRUCTION、IN_SERVICE 或 CLOSED"
                    + " (status must be PLANNED, UNDER_CONSTRUCTION, IN_SERVICE or CLOSED)");
        }
    }

    static DeviceStatus deviceStatus(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return DeviceStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("设备状态 status 应为 ORDERED、DELIVERED、INSTALLED、TRIAL_RUN、ACCEPTED、IN_SERVICE、"
                    + "FAULTY 或 RETIRED (status must be one of the device statuses)");
        }
    }

    /** A point id, or "none" for the devices at no point. */
    static String pointFilter(String value) {
        if (blank(value)) {
            return null;
        }
        return "none".equals(value) ? value : String.valueOf(id("pointId", value));
    }

    static Long id(String name, String value) {
        if (blank(value)) {
            return null;
        }
        if (!value.matches("[0-9]{1,18}")) {
            throw new BadRequestException(name + " 应为数字编号 (" + name + " must be a numeric id)");
        }
        return Long.valueOf(value);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

package cn.jixiao.portal.kiosk.dto;

import cn.jixiao.portal.kiosk.DeviceFault;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A fault report with its device and point; daysOpen counts to the closing day, or to today while open. */
public record FaultView(
        long id,
        long deviceId,
        String deviceCode,
        String pointName,
        LocalDate openedOn,
        LocalDate closedOn,
        boolean open,
        String description,
        String reportedBy,
        String closedBy,
        String resolution,
        long daysOpen,
        int version) {

    public static FaultView of(DeviceFault f, String deviceCode, String pointName, LocalDate today) {
        LocalDate end = f.closedOn != null ? f.closedOn : today;
        return new FaultView(
                f.id,
                f.deviceId,
                deviceCode,
                pointName,
                f.openedOn,
                f.closedOn,
                f.closedOn == null,
                f.description,
                f.reportedBy,
                f.closedBy,
                f.resolution,
                Math.max(0, ChronoUnit.DAYS.between(f.openedOn, end)),
                f.version);
    }
}

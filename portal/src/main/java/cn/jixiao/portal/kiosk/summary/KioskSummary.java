package cn.jixiao.portal.kiosk.summary;

import cn.jixiao.portal.kiosk.PointStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * GET /api/kiosks/summary: the kiosk figures of a year as of {@code asOf} (the year's last day, or
 * today for the running year), over the devices the user may read. Rates are percentages with two
 * decimals, null (不适用) when there is no device.
 */
public record KioskSummary(
        int year,
        LocalDate asOf,
        long deviceCount,
        long acceptedCount,
        BigDecimal acceptedRate,
        long inServiceCount,
        BigDecimal inServiceRate,
        long overdueAcceptanceCount,
        List<OverdueAcceptance> overdueAcceptances,
        long paidNotAcceptedCount,
        List<PaidNotAccepted> paidNotAccepted,
        long openFaultCount,
        long transactions,
        long deviceDays,
        BigDecimal transactionsPerDevicePerDay,
        long pointsWithoutDeviceInServiceCount,
        List<IdlePoint> pointsWithoutDeviceInService,
        List<PointFigures> byPoint,
        List<TypeFigures> byType,
        List<DepartmentFigures> byDepartment) {

    /** How many devices the lists carry at most; the counts are always complete. */
    public static final int LIST_LIMIT = 50;

    /** The name of the row of devices that stand at no point. */
    public static final String NO_POINT = "未分配服务点";

    public boolean empty() {
        return deviceCount == 0;
    }

    /** A device whose acceptance is past the date its contract's terms give. */
    public record OverdueAcceptance(
            long deviceId,
            String code,
            Long pointId,
            String point,
            long buyerId,
            String buyer,
            LocalDate trialStartedOn,
            LocalDate dueOn,
            long daysOverdue) {}

    /**
     * A device paid for and not accepted: {@code paidOn} is the device's own payment date, null when
     * it counts because its whole contract was paid.
     */
    public record PaidNotAccepted(
            long deviceId,
            String code,
            Long pointId,
            String point,
            long buyerId,
            String buyer,
            LocalDate paidOn,
            Long contractId,
            boolean contractFullyPaid) {}

    /** A point open or being built where no device serves the public. */
    public record IdlePoint(long pointId, String code, String name, PointStatus status, String statusLabel) {}

    /** One point's figures; pointId null for the devices that stand at no point. */
    public record PointFigures(
            Long pointId,
            String code,
            String name,
            PointStatus status,
            String statusLabel,
            long devices,
            long accepted,
            long inService,
            long openFaults,
            long transactions,
            BigDecimal transactionsPerDevicePerDay) {

        public long notInService() {
            return devices - inService;
        }
    }

    public record TypeFigures(long typeId, String name, long devices, long accepted, long inService) {}

    /** The figures of one buying department. */
    public record DepartmentFigures(
            long departmentId, String name, long devices, long accepted, long inService, long overdue) {

        public long notAccepted() {
            return devices - accepted;
        }
    }
}

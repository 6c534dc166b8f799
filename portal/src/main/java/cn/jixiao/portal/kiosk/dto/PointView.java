package cn.jixiao.portal.kiosk.dto;

import cn.jixiao.portal.kiosk.DeviceStatus;
import cn.jixiao.portal.kiosk.PointStatus;
import cn.jixiao.portal.kiosk.ServicePoint;
import cn.jixiao.portal.web.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** A service point with how many devices stand there, by status (every status, zeros included). */
public record PointView(
        long id,
        String code,
        String name,
        String address,
        String community,
        BigDecimal longitude,
        BigDecimal latitude,
        boolean open24h,
        String openingHours,
        PointStatus status,
        String statusLabel,
        LocalDate constructionStartedOn,
        LocalDate openedOn,
        LocalDate expectedOpenOn,
        LocalDate closedOn,
        Long responsibleDepartmentId,
        String responsibleDepartmentName,
        long deviceCount,
        Map<DeviceStatus, Long> devicesByStatus,
        int version) {

    public static PointView of(ServicePoint p, String departmentName, Map<DeviceStatus, Long> devices) {
        long count = devices.values().stream().mapToLong(Long::longValue).sum();
        return new PointView(
                p.id,
                p.code,
                p.name,
                p.address,
                p.community,
                plain(p.longitude),
                plain(p.latitude),
                p.open24h,
                p.openingHours,
                p.status,
                p.status.label,
                p.constructionStartedOn,
                p.openedOn,
                p.expectedOpenOn,
                p.closedOn,
                p.responsibleDepartmentId,
                departmentName,
                count,
                devices,
                p.version);
    }

    private static BigDecimal plain(BigDecimal value) {
        return Money.plain(value);
    }
}

package cn.jixiao.portal.kiosk.service;

import cn.jixiao.portal.kiosk.DeviceStatus;
import cn.jixiao.portal.web.LikePattern;
import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The device list's filter as native SQL on alias {@code d}: what was asked (point, type, status,
 * buyer, text in code/serial/model) within what the user may read ({@link KioskAccess#deviceFilterSql}).
 */
public record DeviceFilter(
        String visible,
        Long ownDepartment,
        Long pointId,
        Long typeId,
        DeviceStatus status,
        Long departmentId,
        String q) {

    String where() {
        var sql = new StringBuilder(visible);
        if (pointId != null) {
            sql.append(" and d.point_id = :point");
        }
        if (typeId != null) {
            sql.append(" and d.type_id = :type");
        }
        if (status != null) {
            sql.append(" and d.status = :status");
        }
        if (departmentId != null) {
            sql.append(" and d.department_id = :department");
        }
        if (q != null) {
            sql.append(" and (d.code ilike :q escape '\\' or d.serial_no ilike :q escape '\\'"
                    + " or d.model ilike :q escape '\\')");
        }
        return sql.toString();
    }

    Query bind(Query query) {
        parameters().forEach(query::setParameter);
        return query;
    }

    private Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        if (ownDepartment != null) {
            p.put("ownDepartment", ownDepartment);
        }
        if (pointId != null) {
            p.put("point", pointId);
        }
        if (typeId != null) {
            p.put("type", typeId);
        }
        if (status != null) {
            p.put("status", status.name());
        }
        if (departmentId != null) {
            p.put("department", departmentId);
        }
        if (q != null) {
            p.put("q", LikePattern.containing(q));
        }
        return p;
    }
}

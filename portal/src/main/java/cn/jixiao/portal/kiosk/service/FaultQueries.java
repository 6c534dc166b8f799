package cn.jixiao.portal.kiosk.service;

import cn.jixiao.portal.kiosk.DeviceFault;
import cn.jixiao.portal.kiosk.KioskAccess;
import cn.jixiao.portal.kiosk.dto.FaultView;
import cn.jixiao.portal.region.Today;
import cn.jixiao.portal.web.Paged;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads fault reports with their device's code and point's name, limited to the devices the user may read. */
@ApplicationScoped
public class FaultQueries {
    private static final String FROM = " from device_fault f join device d on d.id = f.device_id where ";

    @Inject
    KioskAccess access;

    @Inject
    Today today;

    /** The faults of the readable devices, newest first; {@code open} and {@code pointId} narrow it when given. */
    public Paged<FaultView> page(Boolean open, Long pointId, int page, int size) {
        var params = new HashMap<String, Object>();
        var where = new StringBuilder(access.deviceFilterSql("d"));
        access.ownDepartmentParameter().ifPresent(id -> params.put("ownDepartment", id));
        if (open != null) {
            where.append(open ? " and f.closed_on is null" : " and f.closed_on is not null");
        }
        if (pointId != null) {
            where.append(" and d.point_id = :point");
            params.put("point", pointId);
        }
        long total =
                ((Number) bind(sql("select count(*)" + FROM + where), params).getSingleResult()).longValue();
        Query ids = bind(sql("select f.id" + FROM + where + " order by f.opened_on desc, f.id desc"), params)
                .setFirstResult(page * size)
                .setMaxResults(size);
        List<Long> found = ((List<?>) ids.getResultList())
                .stream().map(id -> ((Number) id).longValue()).toList();
        return new Paged<>(views(found), total, page, size);
    }

    /** The faults of one device, newest first. */
    public List<FaultView> forDevice(long deviceId) {
        return views(DeviceFault.<DeviceFault>list("deviceId = ?1 order by openedOn desc, id desc", deviceId).stream()
                .map(f -> f.id)
                .toList());
    }

    public FaultView view(long faultId) {
        return views(List.of(faultId)).get(0);
    }

    /** Views of the given faults, in the given order. */
    private List<FaultView> views(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = Panache.getEntityManager()
                .createQuery(
                        "select f, d.code, p.name from DeviceFault f join Device d on d.id = f.deviceId"
                                + " left join ServicePoint p on p.id = d.pointId where f.id in :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList();
        var byId = new LinkedHashMap<Long, FaultView>();
        LocalDate day = today.get();
        for (Object[] row : rows) {
            var fault = (DeviceFault) row[0];
            byId.put(fault.id, FaultView.of(fault, (String) row[1], (String) row[2], day));
        }
        return ids.stream().map(byId::get).toList();
    }

    private static Query sql(String sql) {
        return Panache.getEntityManager().createNativeQuery(sql);
    }

    private static Query bind(Query query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }
}

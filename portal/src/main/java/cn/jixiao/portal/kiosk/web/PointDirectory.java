package cn.jixiao.portal.kiosk.web;

import static cn.jixiao.portal.kiosk.NativeRows.date;
import static cn.jixiao.portal.kiosk.NativeRows.num;

import cn.jixiao.platform.tenancy.Tenancy;
import cn.jixiao.portal.department.Department;
import cn.jixiao.portal.kiosk.KioskAccess;
import cn.jixiao.portal.kiosk.NativeRows;
import cn.jixiao.portal.kiosk.PointStatus;
import cn.jixiao.portal.kiosk.ServicePoint;
import cn.jixiao.portal.kiosk.dto.PointView;
import cn.jixiao.portal.web.Paged;
import cn.jixiao.portal.web.SortColumn;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads service points for the pages. Points are open to the whole region; their devices are not. */
@ApplicationScoped
public class PointDirectory {
    static final String CODE = "code";
    static final Map<String, String> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put(CODE, "sp.code");
        SORTS.put("name", "sp.name");
        SORTS.put("community", "sp.community");
        SORTS.put(
                "status",
                "array_position(array['"
                        + String.join(
                                "','",
                                Arrays.stream(PointStatus.values())
                                        .map(Enum::name)
                                        .toList()) + "'], cast(sp.status as text))");
        SORTS.put("keeper", "dep.name");
        SORTS.put("openedOn", "sp.opened_on");
        SORTS.put("devices", "devices");
    }

    @Inject
    KioskAccess access;

    @Transactional
    public PointList page(PointStatus status, String sort, boolean descending, int page, int size) {
        String key = SortColumn.pick(sort, List.copyOf(SORTS.keySet()), CODE);
        String where = "sp.tenant_id = :tenant" + (status == null ? "" : " and sp.status = :status");
        String sql = """
                select sp.id, sp.code, sp.name, sp.address, sp.community, sp.status, dep.name, sp.opened_on,
                    sp.expected_open_on, sp.open_24h,
                    (select count(*) from device d where d.point_id = sp.id and d.retired_on is null and %s) as devices
                from service_point sp
                left join department dep on dep.id = sp.responsible_department_id
                where %s
                order by %s %s nulls last, sp.code
                limit %d offset %d""".formatted(
                        access.deviceFilterSql("d"),
                        where,
                        SORTS.get(key),
                        descending ? "desc" : "asc",
                        size,
                        (long) page * size);
        Query query = bind(Panache.getEntityManager().createNativeQuery(sql), status);
        access.ownDepartmentParameter().ifPresent(id -> query.setParameter("ownDepartment", id));
        var rows = NativeRows.objects(query).stream().map(PointDirectory::row).toList();
        long total = ((Number) bind(
                                Panache.getEntityManager()
                                        .createNativeQuery("select count(*) from service_point sp where " + where),
                                status)
                        .getSingleResult())
                .longValue();
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("status", status == null ? null : status.name());
        String base = "/kiosks/points?" + SortColumn.query(parameters);
        var columns = List.of(
                SortColumn.of(base, CODE, "编号 Code", false, key, descending),
                SortColumn.of(base, "name", "名称 Name", false, key, descending),
                SortColumn.of(base, "community", "社区 Community", false, key, descending),
                SortColumn.of(base, "status", "状态 Status", false, key, descending),
                SortColumn.of(base, "keeper", "负责单位 Keeper", false, key, descending),
                SortColumn.of(base, "openedOn", "投入使用日期", true, key, descending),
                SortColumn.of(base, "devices", "设备数", true, key, descending));
        var statuses = Arrays.stream(PointStatus.values())
                .map(s -> new DeviceList.Option(s.name(), s.label, s == status))
                .toList();
        return new PointList(
                new Paged<>(rows, total, page, size, key),
                status,
                columns,
                base + "sort=" + key + "&dir=" + (descending ? "desc" : "asc") + "&",
                statuses);
    }

    /** A point of the region, else 404 (missing and another region's look the same). */
    @Transactional
    public PointView view(long id) {
        ServicePoint p = ServicePoint.<ServicePoint>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException(KioskAccess.POINT_NOT_FOUND));
        String keeper = p.responsibleDepartmentId == null
                ? null
                : Department.<Department>findByIdOptional(p.responsibleDepartmentId)
                        .map(d -> d.name)
                        .orElse(null);
        return new PointView(p, keeper);
    }

    /** The point and the name of the unit that keeps it. */
    public record PointView(ServicePoint point, String keeper) {
        public String statusLabel() {
            return point.status.label;
        }

        /** The expected opening date belongs to the description only until the point opens. */
        public boolean expectsOpening() {
            return point.status == PointStatus.PLANNED || point.status == PointStatus.UNDER_CONSTRUCTION;
        }
    }

    private static Query bind(Query query, PointStatus status) {
        query.setParameter("tenant", Tenancy.current().orElse(Tenancy.NO_TENANT));
        if (status != null) {
            query.setParameter("status", status.name());
        }
        return query;
    }

    private static PointList.Row row(Object[] r) {
        return new PointList.Row(
                num(r[0]),
                (String) r[1],
                (String) r[2],
                (String) r[3],
                (String) r[4],
                PointStatus.valueOf((String) r[5]),
                (String) r[6],
                r[7] == null ? null : date(r[7]),
                r[8] == null ? null : date(r[8]),
                (Boolean) r[9],
                num(r[10]));
    }
}

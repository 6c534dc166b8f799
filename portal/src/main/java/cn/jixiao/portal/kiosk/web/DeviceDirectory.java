package cn.jixiao.portal.kiosk.web;

import static cn.jixiao.portal.kiosk.NativeRows.date;
import static cn.jixiao.portal.kiosk.NativeRows.nullableLong;
import static cn.jixiao.portal.kiosk.NativeRows.num;

import cn.jixiao.platform.calendar.WorkingCalendar;
import cn.jixiao.platform.tenancy.Tenancy;
import cn.jixiao.portal.contract.Contract;
import cn.jixiao.portal.department.Department;
import cn.jixiao.portal.kiosk.Device;
import cn.jixiao.portal.kiosk.DeviceDocument;
import cn.jixiao.portal.kiosk.DeviceEvent;
import cn.jixiao.portal.kiosk.DeviceFault;
import cn.jixiao.portal.kiosk.DeviceStatus;
import cn.jixiao.portal.kiosk.DeviceType;
import cn.jixiao.portal.kiosk.KioskAccess;
import cn.jixiao.portal.kiosk.NativeRows;
import cn.jixiao.portal.kiosk.ServicePoint;
import cn.jixiao.portal.kiosk.summary.KioskSummary;
import cn.jixiao.portal.kiosk.web.DeviceList.Filter;
import cn.jixiao.portal.kiosk.web.DeviceList.Option;
import cn.jixiao.portal.kiosk.web.DeviceList.Row;
import cn.jixiao.portal.region.CalendarDay;
import cn.jixiao.portal.web.Paged;
import cn.jixiao.portal.web.SortColumn;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads devices for the pages: lists narrowed to what the user may read, and one device in full. */
@ApplicationScoped
public class DeviceDirectory {
    static final String CODE = "code";
    /** Sort keys and the SQL they order by. */
    static final Map<String, String> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put(CODE, "d.code");
        SORTS.put("type", "t.name");
        SORTS.put("point", "sp.name");
        SORTS.put("buyer", "dep.name");
        SORTS.put(
                "status",
                "array_position(array['"
                        + String.join(
                                "','",
                                Arrays.stream(DeviceStatus.values())
                                        .map(Enum::name)
                                        .toList()) + "'], cast(d.status as text))");
        SORTS.put("orderedOn", "d.ordered_on");
        SORTS.put("acceptedOn", "d.accepted_on");
        SORTS.put("inServiceOn", "d.in_service_on");
    }

    @Inject
    KioskAccess access;

    @Transactional
    public DeviceList page(Filter filter, String sort, boolean descending, int page, int size) {
        String key = SortColumn.pick(sort, List.copyOf(SORTS.keySet()), CODE);
        String where = where(filter);
        String sql = """
                select d.id, d.code, t.name, d.model, d.point_id, sp.name, d.department_id, dep.name, d.status,
                    d.ordered_on, d.accepted_on, d.in_service_on
                from device d
                join device_type t on t.id = d.type_id
                join department dep on dep.id = d.department_id
                left join service_point sp on sp.id = d.point_id
                where %s
                order by %s %s nulls last, d.code
                limit %d offset %d""".formatted(where, SORTS.get(key), descending ? "desc" : "asc", size, (long) page * size);
        var rows = NativeRows.objects(bind(Panache.getEntityManager().createNativeQuery(sql), filter)).stream()
                .map(DeviceDirectory::row)
                .toList();
        long total = ((Number) bind(
                                Panache.getEntityManager()
                                        .createNativeQuery("select count(*) from device d where " + where),
                                filter)
                        .getSingleResult())
                .longValue();
        String base = "/kiosks/devices?" + SortColumn.query(filterParameters(filter));
        var columns = List.of(
                SortColumn.of(base, CODE, "设备编号 Code", false, key, descending),
                SortColumn.of(base, "type", "类型 Type", false, key, descending),
                SortColumn.of(base, "point", "服务点 Point", false, key, descending),
                SortColumn.of(base, "buyer", "购置部门 Buyer", false, key, descending),
                SortColumn.of(base, "status", "状态 Status", false, key, descending),
                SortColumn.of(base, "orderedOn", "订购日期", true, key, descending),
                SortColumn.of(base, "acceptedOn", "验收日期", true, key, descending),
                SortColumn.of(base, "inServiceOn", "投入使用日期", true, key, descending));
        String pageBase = base + "sort=" + key + "&dir=" + (descending ? "desc" : "asc") + "&";
        return new DeviceList(
                new Paged<>(rows, total, page, size, key),
                filter,
                columns,
                pageBase,
                pointOptions(filter),
                typeOptions(filter),
                buyerOptions(filter),
                statusOptions(filter));
    }

    /** The readable devices at a point, for its page (all of them, retired too). */
    @Transactional
    public List<Row> atPoint(long pointId) {
        return page(new Filter(String.valueOf(pointId), null, null, null), CODE, false, 0, 1000)
                .rows()
                .items();
    }

    /** A device in full: 404 for a missing or another region's id, 403 when the user may not read it. */
    @Transactional
    public DeviceDetail detail(long id, LocalDate today) {
        Device d = access.readableDevice(id);
        DeviceType type = DeviceType.findById(d.typeId);
        Department buyer = Department.findById(d.departmentId);
        ServicePoint point = d.pointId == null ? null : ServicePoint.findById(d.pointId);
        Contract contract = d.contractId == null ? null : Contract.findById(d.contractId);
        var history = DeviceEvent.<DeviceEvent>list("deviceId = ?1 order by onDate, id", id).stream()
                .map(DeviceDetail.Step::of)
                .toList();
        var faults = DeviceFault.<DeviceFault>list("deviceId = ?1 order by openedOn desc, id desc", id).stream()
                .map(f -> new DeviceDetail.Fault(
                        f.id, f.openedOn, f.closedOn, f.description, f.reportedBy, f.closedBy, f.resolution, f.version))
                .toList();
        var documents = DeviceDocument.<DeviceDocument>list("deviceId = ?1 order by uploadedAt, id", id).stream()
                .map(doc -> new DeviceDetail.Document(
                        doc.id,
                        doc.kind.label,
                        doc.fileName,
                        doc.contentType,
                        doc.sizeBytes,
                        doc.uploadedBy,
                        doc.uploadedAt))
                .toList();
        var acceptance = DeviceDetail.acceptance(
                d, contract, today, contract == null ? WorkingCalendar.weekendsOnly() : CalendarDay.regionCalendar());
        return new DeviceDetail(
                d,
                type.name,
                List.of(type.services),
                buyer.name,
                point == null ? null : point.name,
                contract == null
                        ? null
                        : new DeviceDetail.ContractRef(
                                contract.id, contract.title, contract.contractNo, DeviceDetail.termsText(contract)),
                acceptance,
                history,
                faults,
                documents,
                usage(id));
    }

    private static List<DeviceDetail.Usage> usage(long deviceId) {
        return NativeRows.objects(Panache.getEntityManager()
                        .createNativeQuery(
                                "select year, transactions, days from device_usage_year where device_id = :device order by year desc")
                        .setParameter("device", deviceId))
                .stream()
                .map(r -> new DeviceDetail.Usage(((Number) r[0]).intValue(), num(r[1]), ((Number) r[2]).intValue()))
                .toList();
    }

    private String where(Filter f) {
        var terms = new ArrayList<String>();
        terms.add("d.tenant_id = :tenant");
        terms.add(access.deviceFilterSql("d"));
        if (f.unplaced()) {
            terms.add("d.point_id is null");
        } else if (f.point() != null) {
            terms.add("d.point_id = :point");
        }
        if (f.typeId() != null) {
            terms.add("d.type_id = :type");
        }
        if (f.status() != null) {
            terms.add("d.status = :status");
        }
        if (f.departmentId() != null) {
            terms.add("d.department_id = :department");
        }
        return String.join(" and ", terms);
    }

    private Query bind(Query q, Filter f) {
        q.setParameter("tenant", Tenancy.current().orElse(Tenancy.NO_TENANT));
        access.ownDepartmentParameter().ifPresent(id -> q.setParameter("ownDepartment", id));
        if (f.point() != null) {
            q.setParameter("point", f.point());
        }
        if (f.typeId() != null) {
            q.setParameter("type", f.typeId());
        }
        if (f.status() != null) {
            q.setParameter("status", f.status().name());
        }
        if (f.departmentId() != null) {
            q.setParameter("department", f.departmentId());
        }
        return q;
    }

    private static Row row(Object[] r) {
        return new Row(
                num(r[0]),
                (String) r[1],
                (String) r[2],
                (String) r[3],
                nullableLong(r[4]),
                (String) r[5],
                num(r[6]),
                (String) r[7],
                DeviceStatus.valueOf((String) r[8]),
                date(r[9]),
                r[10] == null ? null : date(r[10]),
                r[11] == null ? null : date(r[11]));
    }

    static Map<String, Object> filterParameters(Filter f) {
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("pointId", f.pointId());
        parameters.put("typeId", f.typeId());
        parameters.put("status", f.status() == null ? null : f.status().name());
        parameters.put("departmentId", f.departmentId());
        return parameters;
    }

    private static List<Option> pointOptions(Filter f) {
        var options = new ArrayList<Option>();
        options.add(new Option("none", KioskSummary.NO_POINT, f.unplaced()));
        for (ServicePoint p : ServicePoint.<ServicePoint>listAll(Sort.by("code"))) {
            options.add(new Option(String.valueOf(p.id), p.name, p.id.equals(f.point())));
        }
        return options;
    }

    private static List<Option> typeOptions(Filter f) {
        return DeviceType.<DeviceType>listAll(Sort.by("name")).stream()
                .map(t -> new Option(String.valueOf(t.id), t.name, t.id.equals(f.typeId())))
                .toList();
    }

    private static List<Option> buyerOptions(Filter f) {
        return Department.<Department>listAll(Sort.by("name")).stream()
                .map(d -> new Option(String.valueOf(d.id), d.name, d.id.equals(f.departmentId())))
                .toList();
    }

    private static List<Option> statusOptions(Filter f) {
        return Arrays.stream(DeviceStatus.values())
                .map(s -> new Option(s.name(), s.label, Objects.equals(s, f.status())))
                .toList();
    }
}

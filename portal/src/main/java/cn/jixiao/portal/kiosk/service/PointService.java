package cn.jixiao.portal.kiosk.service;

import cn.jixiao.portal.audit.AuditTrail;
import cn.jixiao.portal.kiosk.DeviceStatus;
import cn.jixiao.portal.kiosk.KioskAccess;
import cn.jixiao.portal.kiosk.PointMoves;
import cn.jixiao.portal.kiosk.PointStatus;
import cn.jixiao.portal.kiosk.ServicePoint;
import cn.jixiao.portal.kiosk.dto.PointInput;
import cn.jixiao.portal.kiosk.dto.PointStatusInput;
import cn.jixiao.portal.kiosk.dto.PointView;
import cn.jixiao.portal.region.Today;
import cn.jixiao.portal.web.Paged;
import cn.jixiao.portal.web.Refusals;
import cn.jixiao.portal.web.SortOrder;
import cn.jixiao.portal.web.Versions;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Service points: read by everyone in the region, kept by its admin and department editors, all audited. */
@ApplicationScoped
public class PointService {
    static final String ENTITY = "ServicePoint";
    private static final Map<String, String> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put("code", "p.code");
        SORTS.put("name", "p.name");
        SORTS.put("status", "p.status");
        SORTS.put("constructionStartedOn", "p.constructionStartedOn");
        SORTS.put("openedOn", "p.openedOn");
        SORTS.put("expectedOpenOn", "p.expectedOpenOn");
        SORTS.put("closedOn", "p.closedOn");
    }

    @Inject
    KioskAccess access;

    @Inject
    KioskNames names;

    @Inject
    AuditTrail audit;

    @Inject
    Today today;

    @Transactional
    public Paged<PointView> page(String status, int page, int size, String sort) {
        PointStatus wanted = status == null || status.isBlank() ? null : parseStatus(status);
        String where = wanted == null ? "" : " where p.status = :status";
        var parameters = wanted == null ? new Parameters() : Parameters.with("status", wanted);
        String order = SortOrder.orderBy(sort, SORTS, "code", "p.id");
        List<ServicePoint> points = ServicePoint.<ServicePoint>find(
                        "from ServicePoint p" + where + " order by " + order, parameters)
                .page(Page.of(page, size))
                .list();
        long total = ServicePoint.count("from ServicePoint p" + where, parameters);
        return new Paged<>(views(points), total, page, size);
    }

    @Transactional
    public PointView view(long id) {
        return views(List.of(find(id))).get(0);
    }

    @Transactional
    public PointView create(PointInput input) {
        access.requireInventoryEditor();
        checkCodeFree(input.code(), null);
        var point = new ServicePoint();
        point.code = input.code().strip();
        apply(point, input);
        point.expectedOpenOn = input.expectedOpenOn();
        point.persist();
        var after = view(point);
        audit.record("CREATE", ENTITY, point.id, null, after);
        return after;
    }

    @Transactional
    public PointView update(long id, PointInput input) {
        ServicePoint point = find(id);
        access.requireInventoryEditor();
        requireVersion(input.version(), point);
        checkCodeFree(input.code(), point.id);
        var before = view(point);
        point.code = input.code().strip();
        apply(point, input);
        // the expected opening is part of the description only while the point is not open yet
        if (point.status == PointStatus.PLANNED || point.status == PointStatus.UNDER_CONSTRUCTION) {
            point.expectedOpenOn = input.expectedOpenOn();
        }
        return saved("UPDATE", point, before);
    }

    @Transactional
    public PointView move(long id, PointStatusInput input) {
        ServicePoint point = find(id);
        access.requireInventoryEditor();
        if (input.version() != null) {
            Versions.require(input.version(), point.version);
        }
        PointMoves.refuse(point, input.status(), input.on(), input.expectedOpenOn(), today.get())
                .ifPresent(reason -> {
                    throw Refusals.conflict("status_refused", reason);
                });
        var before = view(point);
        PointMoves.apply(point, input.status(), input.on(), input.expectedOpenOn());
        return saved("STATUS", point, before);
    }

    private PointView saved(String action, ServicePoint point, PointView before) {
        ServicePoint.getEntityManager().flush();
        var after = view(point);
        audit.record(action, ENTITY, point.id, before, after);
        return after;
    }

    private ServicePoint find(long id) {
        return ServicePoint.<ServicePoint>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException(KioskAccess.POINT_NOT_FOUND));
    }

    private PointView view(ServicePoint point) {
        return views(List.of(point)).get(0);
    }

    private List<PointView> views(List<ServicePoint> points) {
        Map<Long, String> departments = names.departments();
        Map<Long, Map<DeviceStatus, Long>> devices =
                deviceCounts(points.stream().map(p -> p.id).toList());
        return points.stream()
                .map(p -> PointView.of(
                        p, departments.get(p.responsibleDepartmentId), devices.getOrDefault(p.id, zeros())))
                .toList();
    }

    /** Devices per point and status, every status present so clients need no defaults. */
    private static Map<Long, Map<DeviceStatus, Long>> deviceCounts(Collection<Long> pointIds) {
        Map<Long, Map<DeviceStatus, Long>> counts = new HashMap<>();
        if (pointIds.isEmpty()) {
            return counts;
        }
        List<Tuple> rows = ServicePoint.getEntityManager()
                .createQuery(
                        "select d.pointId, d.status, count(d) from Device d where d.pointId in :ids group by d.pointId, d.status",
                        Tuple.class)
                .setParameter("ids", pointIds)
                .getResultList();
        for (Tuple row : rows) {
            counts.computeIfAbsent(row.get(0, Long.class), id -> zeros())
                    .put(row.get(1, DeviceStatus.class), row.get(2, Long.class));
        }
        return counts;
    }

    private static Map<DeviceStatus, Long> zeros() {
        Map<DeviceStatus, Long> zeros = new EnumMap<>(DeviceStatus.class);
        for (DeviceStatus s : DeviceStatus.values()) {
            zeros.put(s, 0L);
        }
        return zeros;
    }

    private void apply(ServicePoint point, PointInput input) {
        if ((input.longitude() == null) != (input.latitude() == null)) {
            throw Refusals.invalid(
                    input.longitude() == null ? "longitude" : "latitude",
                    "经度和纬度须同时填写 (give both longitude and latitude, or neither)");
        }
        if (input.responsibleDepartmentId() != null
                && names.department(input.responsibleDepartmentId()).isEmpty()) {
            throw Refusals.invalid("responsibleDepartmentId", "负责单位不存在 (no such department)");
        }
        point.name = input.name().strip();
        point.address = input.address().strip();
        point.community = blankToNull(input.community());
        point.longitude = input.longitude();
        point.latitude = input.latitude();
        point.open24h = Boolean.TRUE.equals(input.open24h());
        point.openingHours = blankToNull(input.openingHours());
        point.responsibleDepartmentId = input.responsibleDepartmentId();
    }

    private static void checkCodeFree(String code, Long self) {
        boolean taken = ServicePoint.<ServicePoint>find("code", code.strip())
                .firstResultOptional()
                .filter(p -> !p.id.equals(self))
                .isPresent();
        if (taken) {
            throw Refusals.conflict("duplicate_code", "服务点编号“" + code.strip() + "”已存在 (a point with this code exists)");
        }
    }

    static void requireVersion(Integer given, ServicePoint point) {
        Versions.require(given, point.version);
    }

    private static PointStatus parseStatus(String value) {
        try {
            return PointStatus.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw Refusals.invalid(
                    "status",
                    "服务点状态应为 PLANNED, UNDER_CONSTRUCTION, IN_SERVICE 或 CLOSED "
                            + "(status must be one of PLANNED, UNDER_CONSTRUCTION, IN_SERVICE, CLOSED)");
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

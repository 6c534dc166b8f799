package cn.jixiao.portal.kiosk.service;

import cn.jixiao.portal.audit.AuditTrail;
import cn.jixiao.portal.contract.Contract;
import cn.jixiao.portal.kiosk.Device;
import cn.jixiao.portal.kiosk.DeviceEvent;
import cn.jixiao.portal.kiosk.DeviceHistory;
import cn.jixiao.portal.kiosk.DeviceLifecycle;
import cn.jixiao.portal.kiosk.DeviceStatus;
import cn.jixiao.portal.kiosk.DeviceType;
import cn.jixiao.portal.kiosk.EventKind;
import cn.jixiao.portal.kiosk.KioskAccess;
import cn.jixiao.portal.kiosk.ServicePoint;
import cn.jixiao.portal.kiosk.dto.DeviceEventView;
import cn.jixiao.portal.kiosk.dto.DeviceInput;
import cn.jixiao.portal.kiosk.dto.DeviceView;
import cn.jixiao.portal.region.Today;
import cn.jixiao.portal.web.Paged;
import cn.jixiao.portal.web.Refusals;
import cn.jixiao.portal.web.SortOrder;
import cn.jixiao.portal.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Devices: the buyer's editors register and describe them; who reads which is {@link KioskAccess}'s rule. */
@ApplicationScoped
public class DeviceService {
    static final String ENTITY = "Device";
    private static final Map<String, String> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put("code", "d.code");
        SORTS.put("status", "d.status");
        SORTS.put("price", "d.price");
        SORTS.put("orderedOn", "d.ordered_on");
        SORTS.put("deliveredOn", "d.delivered_on");
        SORTS.put("installedOn", "d.installed_on");
        SORTS.put("trialStartedOn", "d.trial_started_on");
        SORTS.put("acceptedOn", "d.accepted_on");
        SORTS.put("inServiceOn", "d.in_service_on");
        SORTS.put("paidOn", "d.paid_on");
    }

    @Inject
    KioskAccess access;

    @Inject
    KioskNames names;

    @Inject
    DeviceViews views;

    @Inject
    AuditTrail audit;

    @Inject
    Today today;

    @Transactional
    public Paged<DeviceView> page(
            Long pointId, Long typeId, String status, Long departmentId, String q, int page, int size, String sort) {
        var filter = new DeviceFilter(
                access.deviceFilterSql("d"),
                access.ownDepartmentParameter().orElse(null),
                pointId,
                typeId,
                parseStatus(status),
                departmentId,
                q == null || q.isBlank() ? null : q.strip());
        String order = SortOrder.orderBy(sort, SORTS, "code", "d.id");
        EntityManager em = Device.getEntityManager();
        List<Long> ids = filter
                .bind(em.createNativeQuery("select d.id from device d where " + filter.where() + " order by " + order
                        + " limit " + size + " offset " + (long) page * size))
                .getResultList()
                .stream()
                .map(id -> ((Number) id).longValue())
                .toList();
        long total = ((Number)
                        filter.bind(em.createNativeQuery("select count(*) from device d where " + filter.where()))
                                .getSingleResult())
                .longValue();
        Map<Long, Device> byId = ids.isEmpty()
                ? Map.of()
                : Device.<Device>list("id in ?1", ids).stream()
                        .collect(Collectors.toMap(d -> d.id, Function.identity()));
        return new Paged<>(views.of(ids.stream().map(byId::get).toList()), total, page, size);
    }

    @Transactional
    public DeviceView view(long id) {
        return views.of(access.readableDevice(id));
    }

    @Transactional
    public List<DeviceEventView> events(long id) {
        Device device = access.readableDevice(id);
        return DeviceHistory.events(device.id).stream().map(DeviceEventView::of).toList();
    }

    @Transactional
    public DeviceView create(DeviceInput input) {
        if (input.departmentId() == null) {
            throw Refusals.invalid("departmentId", "请选择购置部门 (departmentId is required)");
        }
        access.requireBuyer(input.departmentId());
        if (names.department(input.departmentId()).isEmpty()) {
            throw Refusals.invalid("departmentId", "购置部门不存在 (no such department)");
        }
        if (input.orderedOn() == null) {
            throw Refusals.invalid("orderedOn", "请填写订购日期 (orderedOn is required)");
        }
        DeviceLifecycle.refuse(List.of(), DeviceStatus.ORDERED, input.orderedOn(), today.get())
                .ifPresent(reason -> {
                    throw Refusals.invalid("orderedOn", reason);
                });
        checkInput(input, null);
        var device = new Device();
        device.departmentId = input.departmentId();
        device.orderedOn = input.orderedOn();
        device.status = DeviceStatus.ORDERED;
        apply(device, input);
        device.persist();
        DeviceEvent.record(device, DeviceStatus.ORDERED, EventKind.STEP, device.orderedOn, access.actor(), "登记设备");
        var after = views.of(device);
        audit.record("CREATE", ENTITY, device.id, null, after);
        return after;
    }

    @Transactional
    public DeviceView update(long id, DeviceInput input) {
        Device device = access.readableDevice(id);
        access.requireEditDevice(device);
        Versions.require(input.version(), device.version);
        if (input.departmentId() != null && !input.departmentId().equals(device.departmentId)) {
            throw Refusals.invalid("departmentId", "购置部门不可更改 (a device cannot move to another buyer)");
        }
        if (input.orderedOn() != null && !input.orderedOn().equals(device.orderedOn)) {
            throw Refusals.invalid(
                    "orderedOn", "订购日期属于设备履历，不能在此修改 (the order date is part of the lifecycle and is not edited here)");
        }
        checkInput(input, device.id);
        var before = views.of(device);
        apply(device, input);
        Device.getEntityManager().flush();
        var after = views.of(device);
        audit.record("UPDATE", ENTITY, device.id, before, after);
        return after;
    }

    /** The references must exist in the region (else 400 naming each), the code must be free (else 409). */
    private void checkInput(DeviceInput input, Long self) {
        Map<String, String> wrong = new LinkedHashMap<>();
        if (DeviceType.findByIdOptional(input.typeId()).isEmpty()) {
            wrong.put("typeId", "设备类型不存在 (no such device type)");
        }
        if (input.contractId() != null
                && Contract.findByIdOptional(input.contractId()).isEmpty()) {
            wrong.put("contractId", "合同不存在 (no such contract)");
        }
        if (input.pointId() != null
                && ServicePoint.findByIdOptional(input.pointId()).isEmpty()) {
            wrong.put("pointId", "服务点不存在 (no such service point)");
        }
        LocalDate now = today.get();
        if (input.paidOn() != null && input.paidOn().isAfter(now)) {
            wrong.put("paidOn", "付款日期不能晚于今天 (paidOn cannot be in the future)");
        }
        if (!wrong.isEmpty()) {
            throw Refusals.invalid(wrong);
        }
        String code = input.code().strip();
        boolean taken = Device.<Device>find("code", code)
                .firstResultOptional()
                .filter(d -> !d.id.equals(self))
                .isPresent();
        if (taken) {
            throw Refusals.conflict("duplicate_code", "设备编号“" + code + "”已存在 (a device with this code exists)");
        }
    }

    private static void apply(Device device, DeviceInput input) {
        device.code = input.code().strip();
        device.typeId = input.typeId();
        device.model = PointService.blankToNull(input.model());
        device.serialNo = PointService.blankToNull(input.serialNo());
        device.vendor = PointService.blankToNull(input.vendor());
        device.price = input.price();
        device.contractId = input.contractId();
        device.pointId = input.pointId();
        device.paidOn = input.paidOn();
    }

    static DeviceStatus parseStatus(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return DeviceStatus.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw Refusals.invalid(
                    "status", "设备状态应为以下之一：" + statusCodes() + " (status must be one of " + statusCodes() + ")");
        }
    }

    private static String statusCodes() {
        return Arrays.stream(DeviceStatus.values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}

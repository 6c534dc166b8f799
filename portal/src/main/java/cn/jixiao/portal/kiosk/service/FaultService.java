package cn.jixiao.portal.kiosk.service;

import cn.jixiao.portal.audit.AuditTrail;
import cn.jixiao.portal.kiosk.Device;
import cn.jixiao.portal.kiosk.DeviceFault;
import cn.jixiao.portal.kiosk.DeviceStatus;
import cn.jixiao.portal.kiosk.KioskAccess;
import cn.jixiao.portal.kiosk.dto.FaultClosing;
import cn.jixiao.portal.kiosk.dto.FaultInput;
import cn.jixiao.portal.kiosk.dto.FaultView;
import cn.jixiao.portal.region.Today;
import cn.jixiao.portal.web.Paged;
import cn.jixiao.portal.web.Refusals;
import cn.jixiao.portal.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Fault reports (故障): opening one makes a device in use FAULTY, closing the last open one brings it
 * back. Every refusal happens before anything is written, and each change is audited.
 */
@ApplicationScoped
public class FaultService {
    static final String ENTITY = "DeviceFault";
    static final String NOT_FOUND = "故障报告不存在 (no such fault report)";
    /** Only a device serving (or being tried out, or accepted) can break; FAULTY ones just get another report. */
    public static final Set<DeviceStatus> MAY_FAIL =
            EnumSet.of(DeviceStatus.TRIAL_RUN, DeviceStatus.ACCEPTED, DeviceStatus.IN_SERVICE, DeviceStatus.FAULTY);

    @Inject
    KioskAccess access;

    @Inject
    DeviceSteps steps;

    @Inject
    Today today;

    @Inject
    FaultQueries queries;

    @Inject
    AuditTrail audit;

    @Transactional
    public FaultView open(long deviceId, FaultInput input) {
        Device device = access.readableDevice(deviceId);
        access.requireFaultReporter(device);
        if (input.openedOn().isAfter(today.get())) {
            throw Refusals.invalid("openedOn", "报修日期不能晚于今天 (openedOn cannot be in the future)");
        }
        if (!MAY_FAIL.contains(device.status)) {
            throw Refusals.conflict(
                    "not_in_use",
                    "设备处于“" + device.status.label + "”状态，未在使用中，不能登记故障"
                            + " (only a device on trial run, accepted or in service can be reported faulty; this one is "
                            + device.status + ")");
        }
        String description = input.description().strip();
        steps.markFaulty(device, input.openedOn(), description); // nothing more when it is already faulty
        var fault = new DeviceFault();
        fault.deviceId = device.id;
        fault.openedOn = input.openedOn();
        fault.description = description;
        fault.reportedBy = access.actor();
        fault.persistAndFlush();
        var view = queries.view(fault.id);
        audit.record("OPEN", ENTITY, fault.id, null, view);
        return view;
    }

    @Transactional
    public FaultView close(long faultId, FaultClosing input) {
        DeviceFault fault =
                DeviceFault.<DeviceFault>findByIdOptional(faultId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        Device device = access.readableDevice(fault.deviceId);
        access.requireFaultReporter(device);
        Versions.require(input.version(), fault.version);
        if (fault.closedOn != null) {
            throw Refusals.conflict("already_closed", "该故障已于 " + fault.closedOn + " 关闭 (this fault is already closed)");
        }
        if (input.closedOn().isBefore(fault.openedOn)) {
            throw Refusals.invalid(
                    "closedOn", "修复日期不能早于报修日期（" + fault.openedOn + "） (closedOn cannot be before openedOn)");
        }
        if (input.closedOn().isAfter(today.get())) {
            throw Refusals.invalid("closedOn", "修复日期不能晚于今天 (closedOn cannot be in the future)");
        }
        var before = queries.view(fault.id);
        fault.closedOn = input.closedOn();
        fault.resolution = input.resolution().strip();
        fault.closedBy = access.actor();
        DeviceFault.getEntityManager().flush();
        if (DeviceFault.count("deviceId = ?1 and closedOn is null", device.id) == 0) {
            steps.restoreAfterRepair(device, lastRepair(device.id));
        }
        DeviceFault.getEntityManager().flush();
        var after = queries.view(fault.id);
        audit.record("CLOSE", ENTITY, fault.id, before, after);
        return after;
    }

    @Transactional
    public List<FaultView> forDevice(long deviceId) {
        access.readableDevice(deviceId);
        return queries.forDevice(deviceId);
    }

    @Transactional
    public Paged<FaultView> page(Boolean open, Long pointId, int page, int size) {
        return queries.page(open, pointId, page, size);
    }

    /** The device works again once its last fault is fixed: the latest closing day among its reports. */
    private static LocalDate lastRepair(long deviceId) {
        return DeviceFault.getEntityManager()
                .createQuery("select max(f.closedOn) from DeviceFault f where f.deviceId = :device", LocalDate.class)
                .setParameter("device", deviceId)
                .getSingleResult();
    }
}

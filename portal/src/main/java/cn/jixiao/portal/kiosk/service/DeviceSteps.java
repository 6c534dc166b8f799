package cn.jixiao.portal.kiosk.service;

import cn.jixiao.portal.audit.AuditTrail;
import cn.jixiao.portal.kiosk.AcceptanceOutcome;
import cn.jixiao.portal.kiosk.Device;
import cn.jixiao.portal.kiosk.DeviceEvent;
import cn.jixiao.portal.kiosk.DeviceHistory;
import cn.jixiao.portal.kiosk.DeviceLifecycle;
import cn.jixiao.portal.kiosk.DeviceLifecycle.Step;
import cn.jixiao.portal.kiosk.DeviceStatus;
import cn.jixiao.portal.kiosk.EventKind;
import cn.jixiao.portal.kiosk.KioskAccess;
import cn.jixiao.portal.kiosk.dto.DeviceAcceptanceInput;
import cn.jixiao.portal.kiosk.dto.DeviceView;
import cn.jixiao.portal.kiosk.dto.NetworkSignOffInput;
import cn.jixiao.portal.kiosk.dto.StepInput;
import cn.jixiao.portal.region.Today;
import cn.jixiao.portal.web.Refusals;
import cn.jixiao.portal.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Moves devices along their lifecycle. Every move is checked by {@link DeviceLifecycle} against the
 * recorded history first, so a refused move is a 409 and changes nothing; an allowed one sets the
 * status, the milestone date the first time it is reached, an attributed event and an audit entry.
 * The fault routes call {@link #markFaulty} and {@link #restoreAfterRepair}.
 */
@ApplicationScoped
public class DeviceSteps {
    /** What the steps route records; acceptance and faults have their own routes. */
    static final Set<DeviceStatus> STEP_ROUTE = EnumSet.of(
            DeviceStatus.DELIVERED,
            DeviceStatus.INSTALLED,
            DeviceStatus.TRIAL_RUN,
            DeviceStatus.IN_SERVICE,
            DeviceStatus.RETIRED);

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
    public DeviceView step(long id, StepInput input) {
        Device device = editable(id, input.version());
        if (!STEP_ROUTE.contains(input.status())) {
            throw Refusals.invalid(
                    "status",
                    input.status() == DeviceStatus.ACCEPTED
                            ? "验收请通过验收登记 (record acceptance through the acceptance route)"
                            : input.status() == DeviceStatus.FAULTY
                                    ? "故障请通过故障报告登记 (report faults through the faults route)"
                                    : "不能登记为“" + input.status().label + "” (not a step this route records)");
        }
        if (device.status == DeviceStatus.FAULTY && input.status() != DeviceStatus.RETIRED) {
            throw refused("故障设备须在故障关闭后恢复 (a faulty device comes back when its fault is closed)");
        }
        List<Step> steps = steps(device);
        refuseIf(DeviceLifecycle.refuse(steps, input.status(), input.on(), today.get()));
        return change(
                device,
                "STEP",
                input.status(),
                EventKind.STEP,
                input.on(),
                blankToNull(input.note()),
                d -> reach(d, input.status(), input.on()));
    }

    @Transactional
    public DeviceView accept(long id, DeviceAcceptanceInput input) {
        Device device = editable(id, input.version());
        List<Step> steps = steps(device);
        LocalDate on = input.on();
        if (device.trialStartedOn != null && on.isBefore(device.trialStartedOn)) {
            throw refused(
                    "验收日期早于试运行开始日期（" + device.trialStartedOn + "） (acceptance cannot be before the trial started)");
        }
        String note = blankToNull(input.note());
        if (input.result() == AcceptanceOutcome.PASSED) {
            refuseIf(DeviceLifecycle.refuse(steps, DeviceStatus.ACCEPTED, on, today.get()));
            return change(device, "ACCEPT", DeviceStatus.ACCEPTED, EventKind.STEP, on, labelled("验收合格", note), d -> {
                reach(d, DeviceStatus.ACCEPTED, on);
                d.acceptanceResult = AcceptanceOutcome.PASSED;
                d.acceptanceNote = note;
            });
        }
        // a failed acceptance leaves the device on trial run: the same checks as a step, without the move
        if (device.status != DeviceStatus.TRIAL_RUN) {
            throw refused("只有试运行中的设备可以登记验收结论（当前为“" + device.status.label
                    + "”） (only a device on trial run can be accepted or failed)");
        }
        refuseIf(notBefore(steps, on));
        return change(
                device,
                "ACCEPT",
                DeviceStatus.TRIAL_RUN,
                EventKind.ACCEPTANCE_FAILED,
                on,
                labelled("验收不合格", note),
                d -> {
                    d.acceptanceResult = AcceptanceOutcome.FAILED;
                    d.acceptanceNote = note;
                });
    }

    @Transactional
    public DeviceView signOffNetwork(long id, NetworkSignOffInput input) {
        // the signing unit need not read the device otherwise: found (404), then its right to sign (403)
        Device device = Device.<Device>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException(KioskAccess.DEVICE_NOT_FOUND));
        access.requireNetworkSignOff();
        if (input.version() != null) {
            Versions.require(input.version(), device.version);
        }
        if (device.networkSignedOffOn != null) {
            throw refused("该设备已于 " + device.networkSignedOffOn + " 完成联网验收 (the network sign-off is already recorded)");
        }
        if (device.installedOn == null) {
            throw refused("设备尚未安装，不能联网验收 (a device is signed off only once installed)");
        }
        if (input.on().isBefore(device.installedOn)) {
            throw refused("联网验收日期早于安装日期（" + device.installedOn + "） (the sign-off cannot be before installation)");
        }
        if (input.on().isAfter(today.get())) {
            throw refused("日期不能晚于今天 (the date cannot be in the future)");
        }
        String signer = access.access()
                        .ownDepartmentId()
                        .flatMap(names::department)
                        .map(n -> n + " ")
                        .orElse("")
                + access.actor();
        return change(
                device,
                "NETWORK_SIGN_OFF",
                device.status,
                EventKind.NETWORK_SIGN_OFF,
                input.on(),
                labelled("联网验收通过", blankToNull(input.note())),
                d -> {
                    d.networkSignedOffOn = input.on();
                    d.networkSignedOffBy = signer;
                });
    }

    /**
     * For the faults routes: the device becomes FAULTY on {@code on} (an event noting {@code note}).
     * The caller has found the device and checked the user may report its faults, inside its own
     * transaction. Nothing happens when the device is already faulty (a second open fault); when the
     * lifecycle refuses (e.g. not yet on trial run, a future date, before its last step) this throws
     * a 409 {@code ClientErrorException} with the reason and changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markFaulty(Device device, LocalDate on, String note) {
        if (device.status == DeviceStatus.FAULTY) {
            return;
        }
        refuseIf(DeviceLifecycle.refuse(steps(device), DeviceStatus.FAULTY, on, today.get()));
        change(
                device,
                "FAULTY",
                DeviceStatus.FAULTY,
                EventKind.STEP,
                on,
                labelled("故障", blankToNull(note)),
                d -> reach(d, DeviceStatus.FAULTY, on));
    }

    /**
     * For the faults routes: a repaired device returns to where it was before the fault (IN_SERVICE,
     * ACCEPTED or TRIAL_RUN) on {@code on}, with an event. Nothing happens when it is not faulty
     * (e.g. retired meanwhile, or another fault already closed it); a refused date is a 409 as above.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void restoreAfterRepair(Device device, LocalDate on) {
        if (device.status != DeviceStatus.FAULTY) {
            return;
        }
        List<Step> steps = steps(device);
        DeviceStatus back = DeviceHistory.beforeFault(steps)
                .orElse(
                        device.inServiceOn != null
                                ? DeviceStatus.IN_SERVICE
                                : device.acceptedOn != null ? DeviceStatus.ACCEPTED : DeviceStatus.TRIAL_RUN);
        refuseIf(DeviceLifecycle.refuse(steps, back, on, today.get()));
        change(device, "RESTORE", back, EventKind.STEP, on, "故障修复，恢复为“" + back.label + "”", d -> reach(d, back, on));
    }

    private Device editable(long id, Integer version) {
        Device device = access.readableDevice(id);
        access.requireEditDevice(device);
        Versions.require(version, device.version);
        return device;
    }

    private DeviceView change(
            Device device,
            String action,
            DeviceStatus status,
            EventKind kind,
            LocalDate on,
            String note,
            Consumer<Device> edit) {
        var before = views.of(device);
        edit.accept(device);
        DeviceEvent.record(device, status, kind, on, access.actor(), note);
        Device.getEntityManager().flush();
        var after = views.of(device);
        audit.record(action, DeviceService.ENTITY, device.id, before, after);
        return after;
    }

    /** The status, and its milestone date the first time it is reached. */
    private static void reach(Device d, DeviceStatus status, LocalDate on) {
        d.status = status;
        switch (status) {
            case DELIVERED -> d.deliveredOn = first(d.deliveredOn, on);
            case INSTALLED -> d.installedOn = first(d.installedOn, on);
            case TRIAL_RUN -> d.trialStartedOn = first(d.trialStartedOn, on);
            case ACCEPTED -> d.acceptedOn = first(d.acceptedOn, on);
            case IN_SERVICE -> d.inServiceOn = first(d.inServiceOn, on);
            case RETIRED -> d.retiredOn = first(d.retiredOn, on);
            case ORDERED, FAULTY -> {
                // the order date is set at registration; faults keep their dates in device_fault
            }
        }
    }

    private static LocalDate first(LocalDate existing, LocalDate on) {
        return existing != null ? existing : on;
    }

    private static List<Step> steps(Device device) {
        return DeviceHistory.steps(device, DeviceHistory.events(device.id));
    }

    private Optional<String> notBefore(List<Step> steps, LocalDate on) {
        if (on.isAfter(today.get())) {
            return Optional.of("日期不能晚于今天 (the date cannot be in the future)");
        }
        LocalDate last = steps.isEmpty() ? null : steps.get(steps.size() - 1).on();
        return last != null && on.isBefore(last)
                ? Optional.of("日期早于上一步（" + last + "） (the date is before the previous step's)")
                : Optional.empty();
    }

    private static void refuseIf(Optional<String> reason) {
        if (reason.isPresent()) {
            throw refused(reason.get());
        }
    }

    private static RuntimeException refused(String reason) {
        return Refusals.conflict("lifecycle_refused", reason);
    }

    private static String labelled(String what, String note) {
        return note == null ? what : what + "：" + note;
    }

    private static String blankToNull(String value) {
        return PointService.blankToNull(value);
    }
}

package cn.jixiao.portal.kiosk;

import cn.jixiao.portal.project.Refusals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/** Until the lifecycle service lands: the two steps a fault needs, checked by {@link DeviceLifecycle}. */
@ApplicationScoped
class InterimRepairSteps implements RepairSteps {
    @Inject
    KioskAccess access;

    @Override
    public void markFaulty(Device device, LocalDate on, String note) {
        step(device, DeviceStatus.FAULTY, on, note);
    }

    @Override
    public void restoreAfterRepair(Device device, LocalDate on) {
        List<DeviceLifecycle.Step> history = history(device);
        DeviceStatus before = DeviceStatus.IN_SERVICE;
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).status() != DeviceStatus.FAULTY) {
                before = history.get(i).status();
                break;
            }
        }
        step(device, before, on, "修复 (repaired)");
    }

    private void step(Device device, DeviceStatus target, LocalDate on, String note) {
        DeviceLifecycle.refuse(history(device), target, on, FaultService.today()).ifPresent(reason -> {
            throw Refusals.conflict("lifecycle", reason);
        });
        var event = new DeviceEvent();
        event.deviceId = device.id;
        event.status = target;
        event.onDate = on;
        event.actor = access.actor();
        event.note = note;
        event.persist();
        device.status = target;
    }

    private static List<DeviceLifecycle.Step> history(Device device) {
        return DeviceEvent.<DeviceEvent>list("deviceId = ?1 order by onDate, id", device.id).stream()
                .map(e -> new DeviceLifecycle.Step(e.status, e.onDate)).toList();
    }
}

package cn.jixiao.portal.kiosk.service;

import cn.jixiao.platform.calendar.WorkingCalendar;
import cn.jixiao.portal.contract.Contract;
import cn.jixiao.portal.kiosk.AcceptanceDeadlines;
import cn.jixiao.portal.kiosk.Device;
import cn.jixiao.portal.kiosk.DeviceEvent;
import cn.jixiao.portal.kiosk.DeviceHistory;
import cn.jixiao.portal.kiosk.ServicePoint;
import cn.jixiao.portal.kiosk.dto.DeviceView;
import cn.jixiao.portal.region.CalendarDay;
import cn.jixiao.portal.region.Today;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Builds device views for a page at a time: one query per kind of name, the events, and the calendar if needed. */
@ApplicationScoped
public class DeviceViews {
    @Inject
    KioskNames names;

    @Inject
    Today today;

    /** Must run inside the caller's transaction. */
    public DeviceView of(Device device) {
        return of(List.of(device)).get(0);
    }

    public List<DeviceView> of(List<Device> devices) {
        if (devices.isEmpty()) {
            return List.of();
        }
        Map<Long, String> types = names.types();
        Map<Long, String> departments = names.departments();
        Map<Long, ServicePoint> points =
                names.points(devices.stream().map(d -> d.pointId).toList());
        Map<Long, Contract> contracts =
                names.contracts(devices.stream().map(d -> d.contractId).toList());
        Map<Long, List<DeviceEvent>> events =
                DeviceHistory.events(devices.stream().map(d -> d.id).toList());
        LocalDate now = today.get();
        // the calendar is read once, and only when some contract has terms
        WorkingCalendar calendar = contracts.values().stream()
                        .anyMatch(c -> AcceptanceDeadlines.terms(c).isPresent())
                ? CalendarDay.regionCalendar()
                : WorkingCalendar.weekendsOnly();
        return devices.stream()
                .map(d -> {
                    Contract contract = contracts.get(d.contractId);
                    ServicePoint point = points.get(d.pointId);
                    var steps = DeviceHistory.steps(d, events.getOrDefault(d.id, List.of()));
                    var labels = new DeviceView.Names(
                            types.get(d.typeId),
                            departments.get(d.departmentId),
                            contract == null ? null : contract.title,
                            point == null ? null : point.name);
                    return DeviceView.of(
                            d,
                            labels,
                            DeviceHistory.next(steps, now),
                            AcceptanceDeadlines.of(d, contract, calendar, now).orElse(null));
                })
                .toList();
    }
}

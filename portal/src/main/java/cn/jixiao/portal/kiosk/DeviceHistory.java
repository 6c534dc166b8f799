package cn.jixiao.portal.kiosk;

import cn.jixiao.portal.kiosk.DeviceLifecycle.Step;
import io.quarkus.panache.common.Sort;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A device's lifecycle as {@link DeviceLifecycle} reads it: its step events in the order they were
 * recorded (a failed acceptance counts as a dated trial-run step; a network sign-off does not
 * count), or, for a device entered without events, its milestone dates.
 */
public final class DeviceHistory {
    private DeviceHistory() {}

    public static List<DeviceEvent> events(long deviceId) {
        return DeviceEvent.list("deviceId", Sort.by("id"), deviceId);
    }

    public static Map<Long, List<DeviceEvent>> events(Collection<Long> deviceIds) {
        Map<Long, List<DeviceEvent>> byDevice = new HashMap<>();
        if (deviceIds.isEmpty()) {
            return byDevice;
        }
        for (DeviceEvent e : DeviceEvent.<DeviceEvent>list("deviceId in ?1", Sort.by("id"), deviceIds)) {
            byDevice.computeIfAbsent(e.deviceId, id -> new ArrayList<>()).add(e);
        }
        return byDevice;
    }

    public static List<Step> steps(Device device, List<DeviceEvent> events) {
        List<Step> steps = events.stream()
                .filter(e -> e.kind != EventKind.NETWORK_SIGN_OFF)
                .map(e -> new Step(e.status, e.onDate))
                .toList();
        return steps.isEmpty() ? fromMilestones(device) : steps;
    }

    /** The status a faulty device returns to once repaired: where it was before its last fault. */
    public static Optional<DeviceStatus> beforeFault(List<Step> steps) {
        for (int i = steps.size() - 1; i > 0; i--) {
            if (steps.get(i).status() == DeviceStatus.FAULTY) {
                return Optional.of(steps.get(i - 1).status());
            }
        }
        return Optional.empty();
    }

    /** What may follow today, and through which route. */
    public static List<NextStep> next(List<Step> steps, LocalDate today) {
        DeviceStatus current = DeviceLifecycle.current(steps);
        if (current == null) {
            return List.of();
        }
        List<NextStep> next = new ArrayList<>();
        if (current == DeviceStatus.FAULTY) {
            beforeFault(steps)
                    .filter(s -> DeviceLifecycle.refuse(steps, s, today, today).isEmpty())
                    .ifPresent(s -> next.add(NextStep.of(s, true)));
            next.add(NextStep.of(DeviceStatus.RETIRED, false));
            return next;
        }
        for (DeviceStatus s : current.next()) {
            if (DeviceLifecycle.refuse(steps, s, today, today).isEmpty()) {
                next.add(NextStep.of(s, false));
            }
        }
        return next;
    }

    private static List<Step> fromMilestones(Device d) {
        List<Step> steps = new ArrayList<>();
        add(steps, DeviceStatus.ORDERED, d.orderedOn);
        add(steps, DeviceStatus.DELIVERED, d.deliveredOn);
        add(steps, DeviceStatus.INSTALLED, d.installedOn);
        add(steps, DeviceStatus.TRIAL_RUN, d.trialStartedOn);
        add(steps, DeviceStatus.ACCEPTED, d.acceptedOn);
        add(steps, DeviceStatus.IN_SERVICE, d.inServiceOn);
        add(steps, DeviceStatus.RETIRED, d.retiredOn);
        if (!steps.isEmpty() && steps.get(steps.size() - 1).status() != d.status) {
            // e.g. faulty now: the row keeps no date for that, so the latest known date stands in
            steps.add(new Step(d.status, steps.get(steps.size() - 1).on()));
        }
        return steps;
    }

    private static void add(List<Step> steps, DeviceStatus status, LocalDate on) {
        if (on != null) {
            steps.add(new Step(status, on));
        }
    }
}

package cn.jixiao.portal.kiosk;

/**
 * A status a device may take next, and the route that records it: {@code steps} (the lifecycle
 * route), {@code acceptance} or {@code faults} (opening a fault, or closing it after repair).
 */
public record NextStep(DeviceStatus status, String statusLabel, String via) {

    static NextStep of(DeviceStatus status, boolean restoring) {
        String via = restoring || status == DeviceStatus.FAULTY
                ? "faults"
                : status == DeviceStatus.ACCEPTED ? "acceptance" : "steps";
        return new NextStep(status, status.label, via);
    }
}

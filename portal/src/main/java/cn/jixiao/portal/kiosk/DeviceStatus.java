package cn.jixiao.portal.kiosk;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A kiosk's lifecycle: ordered → delivered → installed → trial run → accepted → in service, and
 * faulty / retired. No step may be skipped; in particular nothing reaches service unaccepted.
 */
public enum DeviceStatus {
    ORDERED("已订购"),
    DELIVERED("已到货"),
    INSTALLED("已安装"),
    TRIAL_RUN("试运行"),
    ACCEPTED("已验收"),
    IN_SERVICE("投入使用"),
    FAULTY("故障"),
    RETIRED("已报废");

    public final String label;

    DeviceStatus(String label) {
        this.label = label;
    }

    private static final Map<DeviceStatus, Set<DeviceStatus>> NEXT = Map.of(
            ORDERED, EnumSet.of(DELIVERED, RETIRED),
            DELIVERED, EnumSet.of(INSTALLED, RETIRED),
            INSTALLED, EnumSet.of(TRIAL_RUN, RETIRED),
            // a failed acceptance sends the device back to its trial run
            TRIAL_RUN, EnumSet.of(ACCEPTED, FAULTY, RETIRED),
            ACCEPTED, EnumSet.of(IN_SERVICE, FAULTY, RETIRED),
            IN_SERVICE, EnumSet.of(FAULTY, RETIRED),
            // a repaired device goes back to where it was before the fault
            FAULTY, EnumSet.of(IN_SERVICE, ACCEPTED, TRIAL_RUN, RETIRED),
            RETIRED, EnumSet.noneOf(DeviceStatus.class));

    public boolean canMoveTo(DeviceStatus target) {
        return NEXT.get(this).contains(target);
    }

    public Set<DeviceStatus> next() {
        return NEXT.get(this);
    }

    /**
     * Serving the public: a device on trial run is in use (seed 000's kiosks served for months
     * unaccepted), an accepted one waiting for its point to open is not.
     */
    public boolean inUse() {
        return this == TRIAL_RUN || this == IN_SERVICE;
    }
}

package cn.jixiao.portal.kiosk;

/** What a {@link DeviceEvent} records. Only steps and failed acceptances order the lifecycle. */
public enum EventKind {
    STEP("状态变更"),
    ACCEPTANCE_FAILED("验收不合格"),
    NETWORK_SIGN_OFF("联网验收");

    public final String label;

    EventKind(String label) {
        this.label = label;
    }
}

package cn.jixiao.portal.kiosk;

/** The result of a device's acceptance (验收结论). A failed one leaves the device on trial run. */
public enum AcceptanceOutcome {
    PASSED("验收合格"),
    FAILED("验收不合格");

    public final String label;

    AcceptanceOutcome(String label) {
        this.label = label;
    }
}

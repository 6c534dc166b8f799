package cn.jixiao.portal.finding;

/** A blocking finding stops submission until fixed or explained; a warning is shown and kept. */
public enum Severity {
    BLOCKING("阻断"),
    WARNING("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

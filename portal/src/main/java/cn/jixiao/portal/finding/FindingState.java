package cn.jixiao.portal.finding;

/** OPEN until the data is fixed (the check no longer finds it) or a finance reviewer explains it. */
public enum FindingState {
    OPEN("待处理"),
    EXPLAINED("已说明"),
    FIXED("已纠正");

    private final String label;

    FindingState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

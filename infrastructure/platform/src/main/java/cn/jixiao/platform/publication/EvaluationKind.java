package cn.jixiao.platform.publication;

/** Who evaluated: the unit itself, a third party, or the finance bureau. */
public enum EvaluationKind {
    SELF("绩效自评"),
    THIRD_PARTY("第三方评价"),
    FINANCE_REVIEW("财政评价");

    private final String label;

    EvaluationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package cn.jixiao.portal.evaluation;

/** Review of an evaluation: drafted, submitted, returned with comments, or approved by a finance reviewer. */
public enum EvaluationStatus {
    DRAFT("草稿"),
    SUBMITTED("已提交"),
    RETURNED("已退回"),
    APPROVED("已审核通过");

    private final String label;

    EvaluationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Only a draft or a returned evaluation is edited; nothing is edited after submission. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}

package cn.jixiao.portal.target;

/**
 * Review of a target table (绩效目标表): drafted by the department, submitted, returned with a comment or
 * approved by a finance reviewer; an approved version is superseded when a later version is approved.
 */
public enum TargetStatus {
    DRAFT("草稿"),
    SUBMITTED("待审核"),
    RETURNED("已退回"),
    APPROVED("已批复"),
    SUPERSEDED("已被新版本替代");

    private final String label;

    TargetStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Only a draft or a returned table is edited; nothing is edited after submission. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** A version still being worked on (at most one per subject and year). */
    public boolean open() {
        return this == DRAFT || this == SUBMITTED || this == RETURNED;
    }
}

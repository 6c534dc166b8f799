package cn.jixiao.portal.target;

/** Where a target table (绩效目标表) version stands: drafted by the department, reviewed by finance. */
public enum TargetStatus {
    DRAFT("草稿"),
    SUBMITTED("待审核"),
    RETURNED("已退回"),
    APPROVED("已批复"),
    /** An approved version replaced by a newer approved one. */
    SUPERSEDED("已被新版本替代");

    private final String label;

    TargetStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package cn.jixiao.platform.publication.record;

/** Where a department stands with a report it owes: published in time, late, not at all, or not yet due. */
public enum ComplianceState {
    ON_TIME("按时公开", "on time"),
    LATE("逾期公开", "late"),
    MISSING("逾期未公开", "missing"),
    PENDING("未到期", "pending");

    private final String label;
    private final String english;

    ComplianceState(String label, String english) {
        this.label = label;
        this.english = english;
    }

    public String label() {
        return label;
    }

    public String english() {
        return english;
    }
}

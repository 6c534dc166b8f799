package cn.jixiao.portal.publication;

/** Who owes a report under a deadline (the schema's publication_deadline.applies_to). */
public enum AppliesTo {
    /** Departments with an approved evaluation (or a published report) of the year and kind. */
    EVALUATED("已完成评价的部门", "departments with an approved evaluation"),
    /** Those and every bureau and centre of the region: 部门整体支出自评 is owed by every budget unit. */
    BUDGET_UNITS("全部预算部门（局、中心）", "every bureau and centre");

    private final String label;
    private final String english;

    AppliesTo(String label, String english) {
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

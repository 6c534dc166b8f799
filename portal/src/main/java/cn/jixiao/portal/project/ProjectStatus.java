package cn.jixiao.portal.project;

public enum ProjectStatus {
    PLANNED("计划中"),
    ACTIVE("实施中"),
    COMPLETED("已完成"),
    CANCELLED("已取消");

    public final String label;

    ProjectStatus(String label) {
        this.label = label;
    }
}

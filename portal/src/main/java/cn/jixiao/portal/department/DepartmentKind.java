package cn.jixiao.portal.department;

public enum DepartmentKind {
    BUREAU("局/委/办"),
    CENTER("中心"),
    TOWN("镇/街道"),
    COMMUNITY("社区"),
    OTHER("其他单位");

    public final String label;

    DepartmentKind(String label) {
        this.label = label;
    }
}

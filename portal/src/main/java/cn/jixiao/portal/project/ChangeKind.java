package cn.jixiao.portal.project;

public enum ChangeKind {
    CONTENT("内容变更"),
    TOTAL("总额变更");

    public final String label;

    ChangeKind(String label) {
        this.label = label;
    }
}

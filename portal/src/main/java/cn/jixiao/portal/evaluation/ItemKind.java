package cn.jixiao.portal.evaluation;

/** 存在问题 / 建议 / 整改. */
public enum ItemKind {
    PROBLEM("存在问题"),
    SUGGESTION("建议"),
    RECTIFICATION("整改事项");

    private final String label;

    ItemKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

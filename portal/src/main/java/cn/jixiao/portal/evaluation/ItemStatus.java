package cn.jixiao.portal.evaluation;

/** Where a rectification item stands; OPEN and IN_PROGRESS items are carried into next year's evaluation. */
public enum ItemStatus {
    OPEN("未整改"),
    IN_PROGRESS("整改中"),
    DONE("已整改"),
    DROPPED("不再整改");

    private final String label;

    ItemStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean open() {
        return this == OPEN || this == IN_PROGRESS;
    }
}

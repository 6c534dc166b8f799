package cn.jixiao.portal.evaluation.review;

/** The steps of review, as evaluation_event.action names them. */
public enum ReviewAction {
    CREATED("创建"),
    SUBMITTED("提交审核"),
    RETURNED("退回修改"),
    APPROVED("审核通过");

    private final String label;

    ReviewAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static String labelOf(String action) {
        for (ReviewAction a : values()) {
            if (a.name().equals(action)) {
                return a.label;
            }
        }
        return action;
    }
}

package cn.jixiao.portal.contract;

/** 验收结果. */
public enum AcceptanceResult {
    PENDING("待验收"),
    PASSED("验收合格"),
    FAILED("验收不合格");

    public final String label;

    AcceptanceResult(String label) {
        this.label = label;
    }
}

package cn.jixiao.portal.contract;

/** What an auditor would question in a contract, computed from its record (seed 000 shows each kind). */
public enum ContractFlag {
    NO_SIGNING_DATE("合同未注明签订日期", "no signing date"),
    WORK_BEFORE_SIGNING("签订合同前已开工", "work started before the contract was signed"),
    NO_AMOUNT("合同金额未录入", "no contract amount recorded"),
    OVER_THRESHOLD_WITHOUT_PROCUREMENT(
            "达到采购限额标准但未实行政府采购",
            "at or above the procurement threshold but not procured by a government-procurement method"),
    OVERPAID("付款超过合同金额", "paid more than the contract amount"),
    PAID_NOT_ACCEPTED("已付款但未验收合格", "paid but not accepted");

    public final String label;
    public final String english;

    ContractFlag(String label, String english) {
        this.label = label;
        this.english = english;
    }
}

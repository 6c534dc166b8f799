package cn.jixiao.portal.contract;

/** 采购方式. DECENTRALIZED (分散采购) and OTHER are not government procurement. */
public enum ProcurementMethod {
    OPEN_TENDER("公开招标"),
    INVITED_TENDER("邀请招标"),
    COMPETITIVE_CONSULTATION("竞争性磋商"),
    COMPETITIVE_NEGOTIATION("竞争性谈判"),
    INQUIRY("询价"),
    SINGLE_SOURCE("单一来源"),
    DECENTRALIZED("分散采购"),
    OTHER("其他");

    public final String label;

    ProcurementMethod(String label) {
        this.label = label;
    }

    public boolean governmentProcurement() {
        return this != DECENTRALIZED && this != OTHER;
    }
}

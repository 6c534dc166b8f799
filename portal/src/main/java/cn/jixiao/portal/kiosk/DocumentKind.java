package cn.jixiao.portal.kiosk;

/** What a device document proves. */
public enum DocumentKind {
    ACCEPTANCE("验收报告"),
    NETWORK_SIGN_OFF("联网验收意见"),
    DELIVERY("到货单"),
    OTHER("其他");

    public final String label;

    DocumentKind(String label) {
        this.label = label;
    }
}

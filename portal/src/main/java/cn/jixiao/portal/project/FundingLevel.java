package cn.jixiao.portal.project;

/** 资金来源级次: the government level a project's money comes from, in the order the forms print them. */
public enum FundingLevel {
    CENTRAL("中央财政"),
    PROVINCIAL("省财政"),
    MUNICIPAL("市财政"),
    COUNTY("县级财政"),
    OTHER("其它资金");

    public final String label;

    FundingLevel(String label) {
        this.label = label;
    }
}

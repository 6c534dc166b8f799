package cn.jixiao.portal.ratio;

/** The department ratios: their JSON key, Chinese name, formula and the unit of their two terms. */
public enum RatioKey {
    STAFF_CONTROL("staffControlRate", "在职人员控制率", "实有在职人数 ÷ 编制数 × 100%", "人"),
    THREE_PUBLIC_CONTROL("threePublicControlRate", "“三公”经费控制率", "“三公”经费决算数 ÷ “三公”经费预算数 × 100%", "万元"),
    THREE_PUBLIC_CHANGE("threePublicChangeRate", "“三公”经费变动率", "（本年“三公”经费决算数 − 上年“三公”经费决算数）÷ 上年“三公”经费决算数 × 100%", "万元"),
    PUBLIC_FUNDS_CONTROL("publicFundsControlRate", "公用经费控制率", "公用经费决算数 ÷ 公用经费预算数 × 100%", "万元"),
    PROCUREMENT_EXECUTION("procurementExecutionRate", "政府采购执行率", "政府采购实际金额 ÷ 政府采购预算金额 × 100%", "万元"),
    FIXED_ASSET_UTILIZATION("fixedAssetUtilizationRate", "固定资产利用率", "在用固定资产 ÷ 固定资产账面价值 × 100%", "万元"),
    BUDGET_ADJUSTMENT("budgetAdjustmentRate", "预算调整率", "预算调整金额（各笔绝对值之和）÷ 年初预算（本年收入 + 上年结转）× 100%", "万元"),
    BUDGET_COMPLETION("budgetCompletionRate", "预算完成率", "决算数 ÷ 年初预算（本年收入 + 上年结转）× 100%", "万元");

    /** The JSON key, e.g. {@code staffControlRate}. */
    public final String key;

    public final String label;
    /** The formula as finance forms write it, name first. */
    public final String formula;

    public final String unit;

    RatioKey(String key, String label, String formula, String unit) {
        this.key = key;
        this.label = label;
        this.formula = label + " = " + formula;
        this.unit = unit;
    }

    public static RatioKey byKey(String key) {
        for (RatioKey k : values()) {
            if (k.key.equals(key)) {
                return k;
            }
        }
        return null;
    }
}

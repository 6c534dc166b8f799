package cn.jixiao.portal.indicator;

/**
 * The figures of the records a RECORD indicator takes its actual value from, in percent. Project
 * figures come from the project's funds, kiosk figures from the devices bought under the subject, the
 * department figures from the department's books of the evaluated year (the ratio package's formulas).
 */
public enum RecordKey {
    BUDGET_EXECUTION_RATE("预算执行率", "支出 ÷ 到位资金 × 100%"),
    FUNDS_ARRIVAL_RATE("资金到位率", "到位资金 ÷ 计划安排 × 100%"),
    DEVICE_ACCEPTED_RATE("设备验收合格率", "已验收设备 ÷ 设备总数 × 100%"),
    DEVICE_IN_SERVICE_RATE("设备投入使用率", "投入使用设备 ÷ 设备总数 × 100%"),
    BUDGET_COMPLETION_RATE("预算完成率", "决算数 ÷ 年初预算 × 100%"),
    BUDGET_ADJUSTMENT_RATE("预算调整率", "预算调整金额 ÷ 年初预算 × 100%"),
    STAFF_CONTROL_RATE("在职人员控制率", "实有在职人数 ÷ 编制数 × 100%"),
    THREE_PUBLIC_CONTROL_RATE("“三公”经费控制率", "“三公”经费决算数 ÷ 预算数 × 100%"),
    PUBLIC_FUNDS_CONTROL_RATE("公用经费控制率", "公用经费决算数 ÷ 预算数 × 100%"),
    PROCUREMENT_EXECUTION_RATE("政府采购执行率", "政府采购实际金额 ÷ 预算金额 × 100%"),
    FIXED_ASSET_USE_RATE("固定资产利用率", "在用固定资产 ÷ 账面价值 × 100%");

    public final String label;
    public final String formula;

    RecordKey(String label, String formula) {
        this.label = label;
        this.formula = formula;
    }
}

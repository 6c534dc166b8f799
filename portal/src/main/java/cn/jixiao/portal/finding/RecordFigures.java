package cn.jixiao.portal.finding;

import cn.jixiao.portal.evaluation.EvaluationIndicator;
import cn.jixiao.portal.indicator.RecordKey;
import cn.jixiao.portal.ratio.Ratio;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ratios the records give for a subject (percent, two decimals, as {@link Ratio} rounds), with the
 * formula and the amounts behind each, and which indicator stands for which ratio: its RECORD key, or
 * failing that the ratio its name names (e.g. an indicator called "设备验收合格率").
 */
public final class RecordFigures {
    /** 支出 ÷ 计划安排: not a ratio of its own, but what a mislabelled 预算执行率 often is. */
    public static final String SPENT_OVER_PLANNED = "SPENT_OVER_PLANNED";

    private RecordFigures() {}

    /**
     * @param group figures of one group (funds, devices, department books) are the alternatives a
     *     mislabelled figure is compared with
     */
    public record Figure(String key, String group, String label, String formula, BigDecimal value, String basis) {
        public String shown() {
            return value.toPlainString() + "%";
        }
    }

    private static final List<Map.Entry<String, RecordKey>> NAMES = List.of(
            Map.entry("政府采购执行率", RecordKey.PROCUREMENT_EXECUTION_RATE),
            Map.entry("预算执行率", RecordKey.BUDGET_EXECUTION_RATE),
            Map.entry("资金到位率", RecordKey.FUNDS_ARRIVAL_RATE),
            Map.entry("到位率", RecordKey.FUNDS_ARRIVAL_RATE),
            Map.entry("验收合格率", RecordKey.DEVICE_ACCEPTED_RATE),
            Map.entry("设备验收率", RecordKey.DEVICE_ACCEPTED_RATE),
            Map.entry("投入使用率", RecordKey.DEVICE_IN_SERVICE_RATE),
            Map.entry("设备使用率", RecordKey.DEVICE_IN_SERVICE_RATE),
            Map.entry("预算完成率", RecordKey.BUDGET_COMPLETION_RATE),
            Map.entry("预算调整率", RecordKey.BUDGET_ADJUSTMENT_RATE),
            Map.entry("人员控制率", RecordKey.STAFF_CONTROL_RATE),
            Map.entry("三公经费控制率", RecordKey.THREE_PUBLIC_CONTROL_RATE),
            Map.entry("公用经费控制率", RecordKey.PUBLIC_FUNDS_CONTROL_RATE),
            Map.entry("固定资产利用率", RecordKey.FIXED_ASSET_USE_RATE));

    /** The ratio an indicator stands for: its RECORD key, else the one its name names. */
    public static Optional<RecordKey> keyOf(EvaluationIndicator indicator) {
        if (indicator.recordKey != null) {
            return Optional.of(indicator.recordKey);
        }
        return keyNamed(indicator.name);
    }

    public static Optional<RecordKey> keyNamed(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String plain = name.replaceAll("[“”\"\\s]", "");
        return NAMES.stream()
                .filter(e -> plain.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    public static Map<String, Figure> of(SubjectRecords records) {
        var figures = new LinkedHashMap<String, Figure>();
        var funds = records.funds();
        if (funds != null) {
            put(
                    figures,
                    RecordKey.BUDGET_EXECUTION_RATE.name(),
                    "funds",
                    RecordKey.BUDGET_EXECUTION_RATE.label,
                    RecordKey.BUDGET_EXECUTION_RATE.formula,
                    Ratio.of(funds.spent(), funds.arrived()),
                    "支出 " + plain(funds.spent()) + " 万元 ÷ 到位资金 " + plain(funds.arrived()) + " 万元");
            put(
                    figures,
                    RecordKey.FUNDS_ARRIVAL_RATE.name(),
                    "funds",
                    RecordKey.FUNDS_ARRIVAL_RATE.label,
                    RecordKey.FUNDS_ARRIVAL_RATE.formula,
                    Ratio.of(funds.arrived(), funds.planned()),
                    "到位资金 " + plain(funds.arrived()) + " 万元 ÷ 计划安排 " + plain(funds.planned()) + " 万元");
            put(
                    figures,
                    SPENT_OVER_PLANNED,
                    "funds",
                    "支出占计划安排比例",
                    "支出 ÷ 计划安排 × 100%",
                    Ratio.of(funds.spent(), funds.planned()),
                    "支出 " + plain(funds.spent()) + " 万元 ÷ 计划安排 " + plain(funds.planned()) + " 万元");
        }
        var devices = records.devices();
        if (devices.total() > 0) {
            put(
                    figures,
                    RecordKey.DEVICE_ACCEPTED_RATE.name(),
                    "devices",
                    RecordKey.DEVICE_ACCEPTED_RATE.label,
                    RecordKey.DEVICE_ACCEPTED_RATE.formula,
                    Ratio.of(devices.accepted(), devices.total()),
                    devices.accepted() + "/" + devices.total() + " 台已验收");
            put(
                    figures,
                    RecordKey.DEVICE_IN_SERVICE_RATE.name(),
                    "devices",
                    RecordKey.DEVICE_IN_SERVICE_RATE.label,
                    RecordKey.DEVICE_IN_SERVICE_RATE.formula,
                    Ratio.of(devices.inUse(), devices.total()),
                    devices.inUse() + "/" + devices.total() + " 台投入使用");
        }
        records.departmentRatios().forEach((key, value) -> {
            if (value != null) {
                figures.put(key.name(), new Figure(key.name(), "department", key.label, key.formula, value, "部门账簿"));
            }
        });
        return figures;
    }

    /** Where the records of a group are kept, for messages. */
    public static String source(Figure figure) {
        return switch (figure.group()) {
            case "funds" -> "项目资金记录";
            case "devices" -> "设备台账";
            default -> "部门账簿";
        };
    }

    private static void put(
            Map<String, Figure> figures,
            String key,
            String group,
            String label,
            String formula,
            Ratio ratio,
            String basis) {
        if (ratio.applicable()) {
            figures.put(key, new Figure(key, group, label, formula, ratio.value(), basis));
        }
    }

    static String plain(BigDecimal amount) {
        return amount == null ? "—" : amount.stripTrailingZeros().toPlainString();
    }
}

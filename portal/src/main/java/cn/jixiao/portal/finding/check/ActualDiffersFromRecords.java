package cn.jixiao.portal.finding.check;

import static cn.jixiao.portal.finding.FindingDraft.evidence;

import cn.jixiao.portal.evaluation.EvaluationIndicator;
import cn.jixiao.portal.finding.Check;
import cn.jixiao.portal.finding.EvaluationContext;
import cn.jixiao.portal.finding.FindingDraft;
import cn.jixiao.portal.finding.RecordFigures;
import cn.jixiao.portal.finding.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A stated actual value the records contradict: a rate (预算执行率, 资金到位率, 设备验收合格率, 投入使用率,
 * the department ratios) matched by its RECORD key or its name; an amount spent or arrived against the
 * project's funds; a device count against the inventory; and the funds' spending against the sum of the
 * expenditure entries. A rate that equals another formula's result is left to {@link RatioMislabelled}.
 */
public class ActualDiffersFromRecords implements Check {
    public static final String CODE = "ACTUAL_DIFFERS_FROM_RECORDS";
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKING;
    }

    @Override
    public String description() {
        return "实际完成值与业务记录不符：比率与项目资金、设备台账、部门账簿算出的不一致，支出金额、设备数量与记录不一致"
                + " (a stated actual value differs from what the funds, the kiosk inventory or the books say)";
    }

    @Override
    public List<FindingDraft> run(EvaluationContext context) {
        var found = new ArrayList<FindingDraft>();
        var figures = context.figures();
        BigDecimal tolerance = context.settings().tolerance();
        for (EvaluationIndicator indicator : context.indicators()) {
            if (indicator.actualValue == null) {
                continue;
            }
            BigDecimal actual = indicator.actualValue;
            var key = RecordFigures.keyOf(indicator);
            if (key.isPresent() && figures.containsKey(key.get().name())) {
                var figure = figures.get(key.get().name());
                if (Fmt.differs(actual, figure.value(), tolerance)
                        && RatioMislabelled.alternative(context, figure, actual).isEmpty()) {
                    found.add(rate(indicator, figure, actual));
                }
                continue;
            }
            amount(context, indicator, actual, tolerance).ifPresent(found::add);
        }
        var funds = context.records().funds();
        BigDecimal entries = context.records().expenditureTotal();
        if (funds != null
                && funds.spent() != null
                && entries != null
                && entries.signum() > 0
                && Fmt.differs(funds.spent(), entries, tolerance)) {
            found.add(new FindingDraft(
                    "funds:entries",
                    "项目资金记录的支出 " + Fmt.number(funds.spent()) + " 万元，支出明细合计为 " + Fmt.number(entries)
                            + " 万元 (the funds' spending differs from the sum of the expenditure entries)",
                    evidence("spent", funds.spent(), "entriesTotal", entries, "unit", "万元")));
        }
        return found;
    }

    private static FindingDraft rate(EvaluationIndicator indicator, RecordFigures.Figure figure, BigDecimal actual) {
        String source = RecordFigures.source(figure);
        return new FindingDraft(
                "indicator:" + indicator.id,
                "指标「" + indicator.name + "」实际完成值 " + Fmt.percent(actual) + "，" + source + "为 " + figure.shown()
                        + "（" + figure.basis() + "；" + figure.label() + " = " + figure.formula() + "） (actual "
                        + Fmt.percent(actual) + " differs from " + english(figure.group()) + ": " + figure.shown()
                        + ")",
                evidence(
                        "indicator", indicator.name,
                        "stated", actual,
                        "records", figure.value(),
                        "figure", figure.label(),
                        "formula", figure.formula(),
                        "basis", figure.basis(),
                        "source", source));
    }

    private static java.util.Optional<FindingDraft> amount(
            EvaluationContext context, EvaluationIndicator indicator, BigDecimal actual, BigDecimal tolerance) {
        String name = indicator.name == null ? "" : indicator.name;
        String unit = indicator.unit == null ? "" : indicator.unit.trim();
        var funds = context.records().funds();
        if (funds != null && (unit.equals("万元") || unit.equals("元"))) {
            BigDecimal wan = unit.equals("元") ? actual.divide(TEN_THOUSAND) : actual;
            String what = null;
            BigDecimal recorded = null;
            if (name.contains("到位")) {
                what = "到位资金";
                recorded = funds.arrived();
            } else if (name.contains("支出") || name.contains("执行数") || name.contains("使用资金")) {
                what = "支出";
                recorded = funds.spent();
            }
            if (recorded != null && Fmt.differs(wan, recorded, tolerance)) {
                return java.util.Optional.of(new FindingDraft(
                        "indicator:" + indicator.id,
                        "指标「" + name + "」实际完成值 " + Fmt.number(actual) + " " + unit + "，项目资金记录的" + what + "为 "
                                + Fmt.number(recorded) + " 万元 (the stated amount differs from the project's funds)",
                        evidence(
                                "indicator",
                                name,
                                "stated",
                                actual,
                                "unit",
                                unit,
                                "records",
                                recorded,
                                "recordsUnit",
                                "万元",
                                "figure",
                                what,
                                "source",
                                "项目资金记录")));
            }
        }
        var devices = context.records().devices();
        if (devices.total() > 0
                && unit.equals("台")
                && name.contains("设备")
                && actual.compareTo(BigDecimal.valueOf(devices.total())) != 0) {
            return java.util.Optional.of(new FindingDraft(
                    "indicator:" + indicator.id,
                    "指标「" + name + "」实际完成值 " + Fmt.number(actual) + " 台，设备台账为 " + devices.total()
                            + " 台 (the stated device count differs from the kiosk inventory)",
                    evidence("indicator", name, "stated", actual, "records", devices.total(), "source", "设备台账")));
        }
        return java.util.Optional.empty();
    }

    static String english(String group) {
        return switch (group) {
            case "funds" -> "the project's funds";
            case "devices" -> "the kiosk inventory";
            default -> "the department's books";
        };
    }
}

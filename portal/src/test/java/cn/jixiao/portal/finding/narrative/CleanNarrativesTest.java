package cn.jixiao.portal.finding.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.portal.finding.narrative.NarrativeFacts.Alternative;
import cn.jixiao.portal.finding.narrative.NarrativeFacts.RateDefinition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The false-flag rate: 1,200 generated reports, worded in many ways, whose figures all follow from their
 * records, must give no finding at all. The same reports with one figure changed must give one, so the
 * set is not clean by being empty.
 */
class CleanNarrativesTest {
    static final int REPORTS = 1_200;
    static final Map<String, String> TITLES =
            Map.of("basic", "一、项目基本情况", "indicators", "四、指标完成情况", "problems", "五、存在问题", "results", "七、结果应用");
    static final List<String> LEVELS = List.of("决策", "过程", "产出", "效益");

    /** One generated report: its narratives and the facts of its records. */
    record Generated(Map<String, String> narratives, NarrativeFacts facts, String wrongRate) {}

    static BigDecimal money(Random r, int max) {
        return BigDecimal.valueOf(r.nextInt(max * 10_000) + 10_000, 4).stripTrailingZeros();
    }

    static String pct(BigDecimal percent, int decimals) {
        return percent.setScale(decimals, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    static <T> T pick(Random r, List<T> options) {
        return options.get(r.nextInt(options.size()));
    }

    static Generated generate(Random r) {
        BigDecimal initial = money(r, 2_000);
        BigDecimal budget = r.nextBoolean() ? initial : initial.multiply(BigDecimal.valueOf(80 + r.nextInt(40), 2));
        budget = budget.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        BigDecimal spent = budget.multiply(BigDecimal.valueOf(30 + r.nextInt(71), 2))
                .setScale(4, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        BigDecimal execution = NarrativeFacts.ratio(spent, budget).setScale(2, RoundingMode.HALF_UP);
        BigDecimal arrival = NarrativeFacts.ratio(budget, initial).setScale(2, RoundingMode.HALF_UP);
        List<BigDecimal> weights =
                List.of(BigDecimal.valueOf(15), BigDecimal.valueOf(20), BigDecimal.valueOf(30), BigDecimal.valueOf(35));
        var scores = new ArrayList<BigDecimal>();
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal w : weights) {
            BigDecimal s = w.multiply(BigDecimal.valueOf(60 + r.nextInt(41), 2)).setScale(2, RoundingMode.HALF_UP);
            scores.add(s);
            total = total.add(s);
        }
        String grade = total.compareTo(BigDecimal.valueOf(90)) >= 0
                ? "优"
                : total.compareTo(BigDecimal.valueOf(80)) >= 0
                        ? "良"
                        : total.compareTo(BigDecimal.valueOf(60)) >= 0 ? "中" : "差";
        String gradeWord = switch (grade) {
            case "优" -> pick(r, List.of("优", "优秀"));
            case "良" -> pick(r, List.of("良", "良好"));
            case "中" -> pick(r, List.of("中", "中等"));
            default -> "差";
        };
        int devices = 5 + r.nextInt(40);
        int admin = 5 + r.nextInt(30);
        int institution = r.nextInt(20);
        int quota = admin + institution - 3 + r.nextInt(8);
        BigDecimal central = money(r, 300);
        BigDecimal county = money(r, 300);
        BigDecimal threeBudget = money(r, 20);
        BigDecimal threeLast = money(r, 10);
        BigDecimal threeActual =
                threeBudget.multiply(BigDecimal.valueOf(10 + r.nextInt(90), 2)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal change = NarrativeFacts.ratio(threeActual.subtract(threeLast), threeLast);
        int year = 2018 + r.nextInt(6);
        int d = r.nextInt(3);

        var facts = new NarrativeFacts.Builder()
                .rate(Lexicon.EXECUTION_RATE, "预算执行率", execution, "本报告自评表")
                .rate(Lexicon.ARRIVAL_RATE, "资金到位率", arrival, "本报告自评表")
                .amount(Lexicon.INITIAL_BUDGET, "年初预算数", initial, "本报告自评表")
                .amount(Lexicon.BUDGET, "全年预算数", budget, "本报告自评表")
                .amount(Lexicon.SPENT, "全年执行数", spent, "本报告自评表")
                .score(Lexicon.TOTAL_SCORE, "总分", total, "评价总分")
                .grade(grade, "评价等级")
                .count(Lexicon.DEVICE_COUNT, "自助终端数量", BigDecimal.valueOf(devices), "台", "设备台账")
                .definition(new RateDefinition(
                        Lexicon.EXECUTION_RATE,
                        "预算执行率",
                        execution,
                        "全年执行数 ÷ 全年预算数",
                        List.of(new Alternative("支出占年初预算比例", "全年执行数 ÷ 年初预算数", NarrativeFacts.ratio(spent, initial))),
                        false))
                .definition(new RateDefinition(
                        Lexicon.THREE_PUBLIC_CHANGE_RATE,
                        "三公经费变动率",
                        change,
                        "（本年 − 上年）÷ 上年",
                        List.of(new Alternative("本年占上年比例", "本年 ÷ 上年", NarrativeFacts.ratio(threeActual, threeLast))),
                        true));
        for (int i = 0; i < LEVELS.size(); i++) {
            facts.score(Lexicon.levelKey(LEVELS.get(i)), LEVELS.get(i) + "得分", scores.get(i), "评分表");
        }

        String executionText = pct(execution, d);
        String basic = pick(
                r,
                List.of(
                        year + "年本项目全年预算数" + budget.toPlainString() + "万元，全年执行数" + spent.toPlainString() + "万元，预算执行率为"
                                + executionText + "。",
                        "年初预算" + initial.toPlainString() + "万元，调整后预算" + budget.toPlainString() + "万元，决算支出"
                                + spent.toPlainString() + "万元，执行率达到" + executionText + "。",
                        "项目资金" + budget.toPlainString() + "万元，资金到位率" + pct(arrival, d) + "；截至" + year + "年12月31日实际支出"
                                + spent.toPlainString() + "万元，预算执行率" + executionText + "。",
                        "全年支出"
                                + spent.multiply(BigDecimal.valueOf(10_000))
                                        .setScale(2, RoundingMode.HALF_UP)
                                        .toPlainString()
                                + "元，预算执行率是" + executionText + "，较上年提高" + (1 + r.nextInt(20)) + "个百分点。"));
        basic += "资金来源合计" + central.add(county).toPlainString() + "万元，其中中央资金" + central.toPlainString() + "万元、县级资金"
                + county.toPlainString() + "万元。";
        basic += pick(
                r,
                List.of(
                        "共配置" + devices + "台自助终端，其中企业自助登记及营业执照自助终端" + (1 + r.nextInt(3)) + "台。",
                        "采购自助设备" + devices + "台，计划" + (year + 1) + "年1月全部启用。",
                        "全程网办率" + (50 + r.nextInt(40)) + "." + r.nextInt(10) + "%，同比提高" + (1 + r.nextInt(20)) + "%，满意度约"
                                + (90 + r.nextInt(10)) + "%。"));
        String staff =
                "年末实有人数" + (admin + institution) + "人，其中行政人员" + admin + "人、事业人员" + institution + "人；编制数" + quota + "人。";
        String three = "三公经费：预算" + threeBudget.toPlainString() + "万元，实际支出" + threeActual.toPlainString() + "万元；上年三公经费支出"
                + threeLast.toPlainString() + "万元，三公经费变动率为" + pct(change, 2) + "。";
        var levels = new StringBuilder();
        for (int i = 0; i < LEVELS.size(); i++) {
            levels.append("- ")
                    .append(LEVELS.get(i))
                    .append("：满分")
                    .append(weights.get(i))
                    .append("分，得")
                    .append(scores.get(i).toPlainString())
                    .append("分，得分率")
                    .append(pct(NarrativeFacts.ratio(scores.get(i), weights.get(i)), 2))
                    .append("；\n");
        }
        String conclusion = pick(
                r,
                List.of(
                        "综合得分" + total.toPlainString() + "分，评价等级为“" + gradeWord + "”。",
                        "自评得分" + total.setScale(0, RoundingMode.HALF_UP) + "分（取整），等次为" + gradeWord + "。",
                        "总分" + total.toPlainString() + "分（满分100分），等级评定为“" + gradeWord + "”。"));
        String results = pick(
                r,
                List.of(
                        "在职人数" + (admin + institution) + "人（行政人员" + admin + "人、事业人员" + institution + "人），目标为不超过" + quota
                                + "人。",
                        "下一年度预算执行率目标为100%，力争在" + (year + 1) + "年6月30日前公开。",
                        "评价结果将作为" + (year + 1) + "年预算安排的重要依据。"));

        var narratives = new LinkedHashMap<String, String>();
        narratives.put("basic", basic + "\n\n" + staff);
        narratives.put("indicators", levels + "\n" + conclusion);
        narratives.put("problems", three);
        narratives.put("results", results);
        String wrong = pct(execution.add(BigDecimal.valueOf(7)), d);
        return new Generated(
                narratives, facts.build(), executionText.equals(wrong) ? null : executionText + "→" + wrong);
    }

    static List<String> findings(Map<String, String> narratives, NarrativeFacts facts) {
        var input = NarrativeInput.of(1, narratives, TITLES, Lexicon.of(LEVELS, List.of()), facts);
        return NarrativeRules.runAll(input).stream()
                .map(f -> f.rule().code() + " " + f.draft().message())
                .toList();
    }

    @Test
    void noRuleFiresOnTwelveHundredCleanReports() {
        Random random = new Random(20_260_101);
        int figures = 0;
        long nanos = 0;
        var flagged = new ArrayList<String>();
        for (int i = 0; i < REPORTS; i++) {
            Generated g = generate(random);
            long started = System.nanoTime();
            var input = NarrativeInput.of(1, g.narratives(), TITLES, Lexicon.of(LEVELS, List.of()), g.facts());
            List<String> found = NarrativeRules.runAll(input).stream()
                    .map(f -> f.rule().code() + " " + f.draft().message())
                    .toList();
            nanos += System.nanoTime() - started;
            figures +=
                    (int) input.figures().stream().filter(StatedFigure::states).count();
            if (!found.isEmpty()) {
                flagged.add(found + " in " + g.narratives());
            }
        }
        // a measurement for the notes, not an assertion: extraction and all rules, per report
        System.out.printf(
                "narrative rules: %d clean reports, %d stated figures, %.1f ms in all (%.3f ms a report)%n",
                REPORTS, figures, nanos / 1e6, nanos / 1e6 / REPORTS);
        assertTrue(figures > REPORTS * 15, "the clean set states many figures: " + figures);
        assertEquals(
                List.of(),
                flagged.stream().limit(5).toList(),
                flagged.size() + " of " + REPORTS + " clean reports flagged");
    }

    @Test
    void theSameReportsWithAWrongExecutionRateAreFlagged() {
        Random random = new Random(7);
        int flagged = 0;
        int changed = 0;
        for (int i = 0; i < 200; i++) {
            Generated g = generate(random);
            if (g.wrongRate() == null) {
                continue;
            }
            String[] swap = g.wrongRate().split("→");
            var narratives = new LinkedHashMap<>(g.narratives());
            String basic = narratives.get("basic");
            assertFalse(basic.indexOf(swap[0]) < 0, basic);
            narratives.put(
                    "basic",
                    basic.replaceFirst("(执行率(?:为|是|达到)?)" + java.util.regex.Pattern.quote(swap[0]), "$1" + swap[1]));
            changed++;
            // wrong, or right for another formula (7 points off may be the 支出占年初预算比例)
            if (findings(narratives, g.facts()).stream()
                    .anyMatch(f ->
                            f.startsWith(FigureDiffersFromRecords.CODE) || f.startsWith(StatedRateMislabelled.CODE))) {
                flagged++;
            }
        }
        assertTrue(changed > 150);
        assertEquals(changed, flagged);
    }
}

package cn.jixiao.portal.finding.years;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.portal.finding.narrative.FigureDiffersFromRecords;
import cn.jixiao.portal.finding.narrative.FigureExtractor;
import cn.jixiao.portal.finding.narrative.Lexicon;
import cn.jixiao.portal.finding.narrative.NarrativeFacts;
import cn.jixiao.portal.finding.narrative.NarrativeFacts.Alternative;
import cn.jixiao.portal.finding.narrative.NarrativeFacts.RateDefinition;
import cn.jixiao.portal.finding.narrative.NarrativeInput;
import cn.jixiao.portal.finding.narrative.NarrativeRules;
import cn.jixiao.portal.finding.narrative.StatedFigure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The false-flag rate of the across-years rules: 1,200 subjects evaluated two years in a row, whose second
 * report states last year's figures (in many wordings and precisions) as last year's records have them,
 * carries or reports every rectification item and keeps or explains every missed indicator, must give no
 * finding. The same data with one thing wrong must give one, so the set is not clean by being empty.
 *
 * <p>The same reports also go through the narrative rules against this year's records, which differ from
 * last year's in every figure (and whose 支出占年初预算比例 is last year's execution rate): a figure about
 * last year compared with this year's records would be a false finding.
 */
class CleanYearsTest {
    static final int SUBJECTS = 1_200;

    static final List<String> INDICATORS =
            List.of("政务服务事项网上可办率", "自助终端投入使用率", "群众办事材料精简率", "热线及时办结率", "企业开办时间压缩率", "窗口服务好评率");

    static final List<String> PROMISES = List.of(
            "尽快组织系统竣工验收并按合同支付尾款",
            "补签合同签订日期并完善采购档案",
            "限额以上项目严格执行政府采购程序",
            "完善绩效指标设置并细化评分标准",
            "加快项目资金支付进度",
            "建立自助终端运行维护制度");

    /** What a wrong twin changes: one last-year figure, one item, one indicator. */
    enum Fault {
        NONE,
        FIGURE,
        ITEM,
        INDICATOR,
        /** This year's score written wrong: a narrative finding, none across years. */
        THIS_YEAR,
        /** The change of 三公经费 against last year written as a decrease: one stated-change finding. */
        CHANGE
    }

    /** A generated pair of years: the across-years input and the second report's narrative input. */
    record Generated(YearInput years, NarrativeInput narrative) {}

    static BigDecimal money(Random r, int max) {
        return BigDecimal.valueOf(r.nextInt(max * 10_000) + 10_000, 4).stripTrailingZeros();
    }

    static String pct(BigDecimal percent, int decimals) {
        return percent.setScale(decimals, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    static <T> T pick(Random r, List<T> options) {
        return options.get(r.nextInt(options.size()));
    }

    static String grade(BigDecimal total) {
        return total.compareTo(BigDecimal.valueOf(90)) >= 0
                ? "优"
                : total.compareTo(BigDecimal.valueOf(80)) >= 0
                        ? "良"
                        : total.compareTo(BigDecimal.valueOf(60)) >= 0 ? "中" : "差";
    }

    static YearInput generate(Random r, Fault fault) {
        return make(r, fault).years();
    }

    static Generated make(Random r, Fault fault) {
        int year = 2019 + r.nextInt(6);
        BigDecimal budget = money(r, 2_000);
        BigDecimal spent = budget.multiply(BigDecimal.valueOf(30 + r.nextInt(71), 2))
                .setScale(4, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        BigDecimal rate = NarrativeFacts.ratio(spent, budget).setScale(2, RoundingMode.HALF_UP);
        BigDecimal total = BigDecimal.valueOf(6_000 + r.nextInt(4_000), 2);
        BigDecimal threePublic = money(r, 20);

        // last year's indicators: some missed (short of the target, points taken off)
        var lastIndicators = new ArrayList<IndicatorFact>();
        var names = new ArrayList<>(INDICATORS);
        java.util.Collections.shuffle(names, r);
        for (int i = 0; i < 4; i++) {
            BigDecimal target = BigDecimal.valueOf(70 + r.nextInt(25));
            boolean missed = r.nextInt(3) == 0;
            BigDecimal actual = missed
                    ? target.subtract(BigDecimal.valueOf(1 + r.nextInt(10)))
                    : target.add(BigDecimal.valueOf(r.nextInt(5)));
            BigDecimal weight = BigDecimal.valueOf(10);
            BigDecimal score = missed ? weight.multiply(actual).divide(target, 2, RoundingMode.HALF_UP) : weight;
            lastIndicators.add(new IndicatorFact(
                    100L + i,
                    names.get(i) + "不低于" + target + "%",
                    "产出指标 › 数量指标 › " + names.get(i),
                    null,
                    ">=",
                    target,
                    actual,
                    "%",
                    weight,
                    score,
                    null));
        }
        // last year's rectification items, in every state
        var lastItems = new ArrayList<ItemFact>();
        var promises = new ArrayList<>(PROMISES);
        java.util.Collections.shuffle(promises, r);
        for (int i = 0; i < 3; i++) {
            String status = pick(r, List.of("OPEN", "IN_PROGRESS", "DONE", "DROPPED"));
            boolean closed = status.equals("DONE") || status.equals("DROPPED");
            lastItems.add(new ItemFact(
                    200L + i,
                    "RECTIFICATION",
                    promises.get(i),
                    "办公室",
                    LocalDate.of(year, 6, 30),
                    status,
                    status,
                    status.equals("DONE") ? LocalDate.of(year, 5, 1 + r.nextInt(28)) : null,
                    closed ? pick(r, List.of("已整改并报送整改报告", "项目已终止，不再整改", "已建立台账并通过验收")) : null,
                    null));
        }
        var facts = new NarrativeFacts.Builder()
                .rate(Lexicon.EXECUTION_RATE, "预算执行率", rate, "自评表预算执行率")
                .amount(Lexicon.BUDGET, "全年预算数", budget, "自评表全年预算数")
                .amount(Lexicon.SPENT, "全年执行数", spent, "自评表全年执行数")
                .score(Lexicon.TOTAL_SCORE, "总分", total, "总分")
                .grade(grade(total), "评价等级")
                .amount(LastYearFacts.THREE_PUBLIC_TOPIC_SPENT, "三公经费支出", threePublic, "部门账簿")
                .amount(Lexicon.indicatorKey(LastYearFacts.THREE_PUBLIC_SPENT), "三公经费支出", threePublic, "部门账簿");
        lastIndicators.forEach(i -> LastYearFacts.indicator(facts, i));
        var last = new LastYear(1, year - 1, (year - 1) + "年度绩效自评（评价 #1）", facts.build(), lastIndicators, lastItems);

        // this year: every missed indicator kept (or dropped with its reason), every open item carried or reported
        var indicators = new ArrayList<IndicatorFact>();
        var reasons = new StringBuilder();
        for (IndicatorFact old : lastIndicators) {
            boolean drop = r.nextInt(4) == 0;
            if (drop && old.missed()) {
                reasons.append(pick(r, List.of("因职能划转，", "经财政部门批复，", "")))
                        .append(old.shortName())
                        .append(pick(r, List.of("指标本年不再设置。", "已调整为部门日常考核，不再列入本项目目标。")));
            } else if (!drop || old.missed()) {
                indicators.add(new IndicatorFact(
                        300L + indicators.size(),
                        old.shortName() + pick(r, List.of("", "不低于" + old.target() + "%")),
                        old.path(),
                        null,
                        ">=",
                        old.target(),
                        old.target(),
                        "%",
                        old.weight(),
                        old.weight(),
                        null));
            }
        }
        var items = new ArrayList<ItemFact>();
        var report = new StringBuilder();
        for (ItemFact old : lastItems) {
            if (old.accountedFor()) {
                continue;
            }
            if (r.nextBoolean()) {
                items.add(new ItemFact(
                        400L + items.size(),
                        "RECTIFICATION",
                        old.text(),
                        old.owner(),
                        old.dueOn(),
                        old.status(),
                        old.statusLabel(),
                        null,
                        null,
                        old.id()));
            } else {
                report.append(pick(r, List.of("针对上年评价指出的问题，", "上年整改事项进展：", "")))
                        .append(old.text())
                        .append(pick(r, List.of("，已于本年完成。", "，目前正在推进，预计年底前完成。", "的工作已落实到位。")));
            }
        }

        int d = r.nextInt(3);
        String lastRate = pct(rate, d);
        String basic = pick(
                        r,
                        List.of(
                                "上年预算执行率为" + lastRate + "，本年预算执行率为100%。",
                                (year - 1) + "年预算执行率为" + lastRate + "，" + year + "年预算执行率为100%。",
                                (year - 1) + "年，项目全年执行数为" + spent.toPlainString() + "万元。",
                                (year - 1) + "年度项目全年预算数" + budget.toPlainString() + "万元，全年执行数" + spent.toPlainString()
                                        + "万元。",
                                "上一年度全年执行数为" + spent.toPlainString() + "万元，预算执行率" + lastRate + "。",
                                "去年实际支出"
                                        + spent.multiply(BigDecimal.valueOf(10_000))
                                                .setScale(2, RoundingMode.HALF_UP)
                                                .toPlainString()
                                        + "元。预算执行率较上年提高" + (1 + r.nextInt(20)) + "个百分点。"))
                + pick(
                        r,
                        List.of(
                                "上年自评得分" + total.toPlainString() + "分，上年评价等级为“" + grade(total) + "”。",
                                "去年总分" + total.setScale(0, RoundingMode.HALF_UP) + "分（取整）。",
                                (year - 1) + "年评价等级为“" + grade(total) + "”，得分" + total.toPlainString() + "分。",
                                "上年度综合得分" + total.toPlainString() + "分。"))
                + pick(
                        r,
                        List.of(
                                "上年三公经费支出" + threePublic.toPlainString() + "万元，本年三公经费支出比上年增加1万元。",
                                "三公经费支出比上年增加1.00万元，上年结转" + money(r, 50).toPlainString() + "万元。",
                                "与上年相比，三公经费支出增长"
                                        + pct(
                                                BigDecimal.valueOf(100).divide(threePublic, 6, RoundingMode.HALF_UP),
                                                r.nextInt(3))
                                        + "。",
                                "三公经费支出较" + (year - 1) + "年增加10000元。"));
        IndicatorFact one = pick(r, lastIndicators);
        basic += pick(r, List.of("上年", "上一年度", (year - 1) + "年")) + one.shortName() + "为"
                + one.actual().toPlainString() + "%。";
        // this year's own figures, beside last year's: the narrative rules check these
        BigDecimal thisBudget = budget.multiply(BigDecimal.TWO);
        BigDecimal thisTotal = total.compareTo(BigDecimal.valueOf(80)) >= 0
                ? total.subtract(BigDecimal.valueOf(20))
                : total.add(BigDecimal.valueOf(20));
        BigDecimal statedTotal = fault == Fault.THIS_YEAR ? thisTotal.add(BigDecimal.valueOf(3)) : thisTotal;
        basic += "本年全年预算数" + thisBudget.toPlainString() + "万元，预算执行率为100%，" + year + "年综合得分"
                + statedTotal.toPlainString() + "分，评价等级为“" + grade(thisTotal) + "”。";
        var narratives = new LinkedHashMap<String, String>();
        narratives.put("basic", basic);
        narratives.put("suggestions", report + "加强预算绩效管理，提高资金使用效益。");
        if (reasons.length() > 0) {
            narratives.put("results", reasons.toString());
        }

        UnaryOperator<String> wrongFigure = s -> s;
        List<IndicatorFact> finalIndicators = indicators;
        List<ItemFact> finalItems = items;
        switch (fault) {
            case CHANGE -> narratives.put("basic", basic + "三公经费支出比上年减少1万元。");
            case FIGURE -> {
                BigDecimal wrong = one.actual().add(BigDecimal.valueOf(3));
                narratives.put("basic", basic + "上一年度" + one.shortName() + "为" + wrong.toPlainString() + "%。");
            }
            case ITEM -> {
                lastItems.add(
                        new ItemFact(299L, "RECTIFICATION", "按季度报送整改台账", "财务科", null, "OPEN", "未整改", null, null, null));
                last = new LastYear(1, year - 1, last.label(), last.facts(), lastIndicators, lastItems);
            }
            case INDICATOR -> {
                lastIndicators.add(new IndicatorFact(
                        199L,
                        "绩效公开及时率不低于100%",
                        "满意度指标 › 绩效公开及时率",
                        null,
                        ">=",
                        BigDecimal.valueOf(100),
                        BigDecimal.valueOf(80),
                        "%",
                        BigDecimal.TEN,
                        BigDecimal.valueOf(8),
                        null));
                last = new LastYear(1, year - 1, last.label(), last.facts(), lastIndicators, lastItems);
            }
            default -> {}
        }
        var lexiconNames = new ArrayList<Lexicon.Indicator>();
        lastIndicators.forEach(i -> lexiconNames.add(new Lexicon.Indicator(i.name(), i.unit())));
        finalIndicators.forEach(i -> lexiconNames.add(new Lexicon.Indicator(i.name(), i.unit())));
        lexiconNames.add(new Lexicon.Indicator(LastYearFacts.THREE_PUBLIC_SPENT, "万元"));
        var extractor = new FigureExtractor(Lexicon.of(List.of("产出指标", "满意度指标"), lexiconNames));
        var figures = new ArrayList<StatedFigure>();
        narratives.forEach((section, text) -> figures.addAll(extractor.extract(section, wrongFigure.apply(text))));
        var text = new YearInput.ReportText(1, Map.of(), narratives, figures);

        // this year's records: every figure differs from last year's
        BigDecimal thisThreePublic = threePublic.add(BigDecimal.ONE);
        var now = new NarrativeFacts.Builder()
                .rate(Lexicon.EXECUTION_RATE, "预算执行率", new BigDecimal("100.00"), "自评表预算执行率")
                .amount(Lexicon.BUDGET, "全年预算数", thisBudget, "自评表全年预算数")
                .amount(Lexicon.SPENT, "全年执行数", thisBudget, "自评表全年执行数")
                .score(Lexicon.TOTAL_SCORE, "总分", thisTotal, "总分")
                .grade(grade(thisTotal), "评价等级")
                .amount(LastYearFacts.THREE_PUBLIC_TOPIC_SPENT, "三公经费支出", thisThreePublic, "部门账簿")
                .amount(Lexicon.indicatorKey(LastYearFacts.THREE_PUBLIC_SPENT), "三公经费支出", thisThreePublic, "部门账簿")
                .definition(new RateDefinition(
                        Lexicon.EXECUTION_RATE,
                        "预算执行率",
                        new BigDecimal("100.00"),
                        "全年执行数 ÷ 全年预算数",
                        List.of(new Alternative("支出占年初预算的比例", "全年执行数 ÷ 年初预算数", rate)),
                        false));
        for (IndicatorFact i : finalIndicators) {
            now.rate(Lexicon.indicatorKey(i.name()), i.shortName(), i.actual(), "指标实际完成值");
        }
        NarrativeFacts thisYear = now.build();
        var years = new YearInput(year, List.of(text), finalIndicators, null, finalItems, null, null, last, thisYear);
        var narrative = new NarrativeInput(1, Map.of(), figures, thisYear, year);
        return new Generated(years, narrative);
    }

    static List<String> findings(YearInput input) {
        return YearRules.runAll(input).stream()
                .map(f -> f.rule().code() + " " + f.draft().message())
                .toList();
    }

    static List<String> narrativeFindings(NarrativeInput input) {
        return NarrativeRules.runAll(input).stream()
                .map(f -> f.rule().code() + " " + f.draft().message())
                .toList();
    }

    @Test
    void noNarrativeRuleTakesLastYearsFiguresForThisYearsOnTwelveHundredCleanPairs() {
        Random random = new Random(20_261_203);
        var flagged = new ArrayList<String>();
        int otherYear = 0;
        int checked = 0;
        for (int i = 0; i < SUBJECTS; i++) {
            NarrativeInput input = make(random, Fault.NONE).narrative();
            for (StatedFigure f : input.figures()) {
                if (f.states()
                        && input.facts().recorded().containsKey(f.quantity().key())) {
                    if (input.aboutThisYear(f)) {
                        checked++;
                    } else {
                        otherYear++;
                    }
                }
            }
            flagged.addAll(narrativeFindings(input));
        }
        assertEquals(
                List.of(), flagged.stream().limit(10).toList(), flagged.size() + " narrative findings on clean data");
        // clean by telling the years apart, not by saying nothing: both kinds meet the records
        assertTrue(otherYear >= SUBJECTS, "last-year figures with a record of the same name: " + otherYear);
        assertTrue(checked >= 3 * SUBJECTS, "this-year figures checked: " + checked);
        System.out.printf(
                "CleanYearsTest: %d reports through the narrative rules, %d this-year figures checked, %d other-year"
                        + " figures left to the across-years rules, 0 findings%n",
                SUBJECTS, checked, otherYear);
    }

    @Test
    void aWrongThisYearFigureBesideLastYearsIsOneNarrativeFinding() {
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            Generated g = make(random, Fault.THIS_YEAR);
            var found = narrativeFindings(g.narrative());
            assertEquals(1, found.size(), found::toString);
            assertTrue(found.getFirst().startsWith(FigureDiffersFromRecords.CODE), found.getFirst());
            assertEquals(List.of(), findings(g.years()));
        }
    }

    @Test
    void noAcrossYearsRuleFiresOnTwelveHundredCleanPairsOfYears() {
        Random random = new Random(20_261_203);
        var flagged = new ArrayList<String>();
        int statements = 0;
        int changes = 0;
        long nanos = 0;
        for (int i = 0; i < SUBJECTS; i++) {
            YearInput input = generate(random, Fault.NONE);
            statements += PriorYearStatements.of(input.reports().getFirst().figures(), input.year())
                    .size();
            changes += changesCompared(input);
            long started = System.nanoTime();
            flagged.addAll(findings(input));
            nanos += System.nanoTime() - started;
        }
        assertEquals(List.of(), flagged.stream().limit(10).toList(), flagged.size() + " findings on clean data");
        // the clean set states last year's figures: it is clean by agreeing, not by saying nothing
        assertTrue(statements >= 2 * SUBJECTS, "last-year statements read: " + statements);
        // and states changes against last year that the two years' records are compared with
        assertTrue(changes >= SUBJECTS * 3 / 4, "stated changes compared with the records: " + changes);
        System.out.printf(
                "CleanYearsTest: %d pairs of years, %d last-year statements, %d stated changes compared, 0 findings,"
                        + " %.3f ms a subject%n",
                SUBJECTS, statements, changes, nanos / 1e6 / SUBJECTS);
    }

    /** How many figures of the input state a change against last year that both years' records hold. */
    static int changesCompared(YearInput input) {
        int n = 0;
        List<StatedFigure> figures = input.reports().getFirst().figures();
        for (StatedFigure f : figures) {
            if (StatedChangeDiffers.change(
                            f,
                            figures,
                            input.year(),
                            input.thisYear(),
                            input.lastYear().facts())
                    != null) {
                n++;
            }
        }
        return n;
    }

    @Test
    void eachWrongTwinGivesItsOneFinding() {
        for (Fault fault : List.of(Fault.FIGURE, Fault.ITEM, Fault.INDICATOR, Fault.CHANGE)) {
            Random random = new Random(7);
            for (int i = 0; i < 200; i++) {
                var found = findings(generate(random, fault));
                String code = switch (fault) {
                    case FIGURE -> LastYearFigureDiffers.CODE;
                    case ITEM -> RectificationNotReported.CODE;
                    case CHANGE -> StatedChangeDiffers.CODE;
                    default -> MissedTargetDropped.CODE;
                };
                assertEquals(1, found.size(), fault + " " + found);
                assertTrue(found.getFirst().startsWith(code), found.getFirst());
            }
        }
    }
}

package cn.jixiao.portal.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.platform.publication.EvaluationKind;
import cn.jixiao.platform.publication.Grade;
import cn.jixiao.portal.contract.AcceptanceResult;
import cn.jixiao.portal.contract.ProcurementMethod;
import cn.jixiao.portal.evaluation.Evaluation;
import cn.jixiao.portal.evaluation.EvaluationIndicator;
import cn.jixiao.portal.finding.SubjectRecords.ChangeRecord;
import cn.jixiao.portal.finding.SubjectRecords.ContractRecord;
import cn.jixiao.portal.finding.SubjectRecords.DeviceCounts;
import cn.jixiao.portal.finding.SubjectRecords.FundTotals;
import cn.jixiao.portal.finding.SubjectRecords.PlanText;
import cn.jixiao.portal.finding.SubjectRecords.TargetLine;
import cn.jixiao.portal.finding.check.ActualDiffersFromRecords;
import cn.jixiao.portal.finding.check.ChangeNotApproved;
import cn.jixiao.portal.finding.check.FullMarksWithoutBasis;
import cn.jixiao.portal.finding.check.GradeDoesNotFollow;
import cn.jixiao.portal.finding.check.HighGradeLowExecution;
import cn.jixiao.portal.finding.check.OnTimeWhileAcceptanceOpen;
import cn.jixiao.portal.finding.check.RatioMislabelled;
import cn.jixiao.portal.finding.check.TargetMissesDeliverable;
import cn.jixiao.portal.finding.check.TotalDoesNotFollow;
import cn.jixiao.portal.finding.check.WeightsDoNotAddUp;
import cn.jixiao.portal.indicator.RecordKey;
import cn.jixiao.portal.indicator.ScoringRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each check on the seeds' own figures, over contexts built in memory. */
class ChecksTest {
    private static final LocalDate TODAY = LocalDate.of(2023, 3, 1);
    private long nextId = 1;
    private final List<EvaluationIndicator> indicators = new ArrayList<>();

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private EvaluationIndicator indicator(EvaluationIndicator parent, String name, String weight) {
        var i = new EvaluationIndicator();
        i.id = nextId++;
        i.parentId = parent == null ? null : parent.id;
        i.level = parent == null ? 1 : parent.level + 1;
        i.name = name;
        i.weight = d(weight);
        indicators.add(i);
        return i;
    }

    private EvaluationIndicator leaf(EvaluationIndicator parent, String name, String weight, String score) {
        var i = indicator(parent, name, weight);
        i.rule = ScoringRule.MANUAL;
        if (score != null) {
            i.manualScore = d(score);
            i.scoreReason = "评价组打分";
        }
        return i;
    }

    private static Evaluation evaluation(String total, Grade grade) {
        var e = new Evaluation();
        e.id = 900L;
        e.departmentId = 1L;
        e.projectId = 2L;
        e.year = 2022;
        e.kind = EvaluationKind.THIRD_PARTY;
        e.totalScore = total == null ? null : d(total);
        e.grade = grade;
        return e;
    }

    private EvaluationContext context(Evaluation e, SubjectRecords records) {
        return context(e, records, Set.of());
    }

    private EvaluationContext context(Evaluation e, SubjectRecords records, Set<Long> withEvidence) {
        return new EvaluationContext(
                e, indicators, List.of(), records, withEvidence, EvaluationContext.Settings.defaults(TODAY));
    }

    private static SubjectRecords records(
            FundTotals funds,
            List<ContractRecord> contracts,
            DeviceCounts devices,
            List<PlanText> plan,
            List<TargetLine> targets) {
        return new SubjectRecords("测试项目", funds, null, contracts, devices, List.of(), targets, plan, Map.of());
    }

    private static List<FindingDraft> run(Check check, EvaluationContext context) {
        return check.run(context);
    }

    @Test
    void seed000StatedAcceptedRateOf100DiffersFromTheInventorys7778() {
        var output = indicator(null, "产出", "30");
        var quality = indicator(output, "产出质量", "10");
        var accepted = leaf(quality, "设备验收合格率", "5", "5");
        accepted.actualValue = d("100");
        accepted.unit = "%";
        var inService = leaf(quality, "设备投入使用率", "5", "4");
        inService.actualValue = d("81.48");
        // seed 000: 27 devices, 21 accepted (77.78%), 22 in use (81.48%)
        var devices = new DeviceCounts(27, 21, 22, 6, 6);
        var found = run(
                new ActualDiffersFromRecords(),
                context(evaluation(null, null), records(null, List.of(), devices, List.of(), List.of())));

        assertEquals(1, found.size(), found.toString());
        var finding = found.get(0);
        assertEquals("indicator:" + accepted.id, finding.subjectKey());
        assertTrue(finding.message().startsWith("指标「设备验收合格率」实际完成值 100.00%，设备台账为 77.78%（21/27 台已验收"), finding.message());
        assertTrue(
                finding.message().contains("(actual 100.00% differs from the kiosk inventory: 77.78%)"),
                finding.message());
        assertEquals(d("77.78"), finding.evidence().get("records"));
        assertEquals(d("100"), finding.evidence().get("stated"));
    }

    @Test
    void seed000TotalOf8527IsNotTheStored85() {
        var decision = indicator(null, "决策", "15");
        leaf(decision, "立项依据", "15", "13.80");
        var process = indicator(null, "过程", "20");
        leaf(process, "资金管理", "20", "15.47");
        var output = indicator(null, "产出", "30");
        leaf(output, "产出数量", "30", "25.00");
        var benefit = indicator(null, "效益", "35");
        leaf(benefit, "社会效益", "35", "31.00");
        var found = run(new TotalDoesNotFollow(), context(evaluation("85.00", Grade.GOOD), SubjectRecords.none("项目")));

        assertEquals(1, found.size());
        assertTrue(
                found.get(0).message().startsWith("总分 85.00，各三级指标得分合计为 85.27"),
                found.get(0).message());
        assertEquals(d("85.27"), found.get(0).evidence().get("sumOfScores"));
        // the grade 良 follows from both; the weights add up to 100
        assertTrue(run(new GradeDoesNotFollow(), context(evaluation("85.00", Grade.GOOD), SubjectRecords.none("项目")))
                .isEmpty());
        assertTrue(run(new WeightsDoNotAddUp(), context(evaluation("85.00", Grade.GOOD), SubjectRecords.none("项目")))
                .isEmpty());
        // stored as the product computes it: nothing to say
        assertTrue(run(new TotalDoesNotFollow(), context(evaluation("85.27", Grade.GOOD), SubjectRecords.none("项目")))
                .isEmpty());
    }

    @Test
    void aGradeOfExcellentFor8527IsQuestioned() {
        leaf(null, "总体", "100", "85.27");
        var found =
                run(new GradeDoesNotFollow(), context(evaluation("85.27", Grade.EXCELLENT), SubjectRecords.none("项目")));
        assertEquals(1, found.size());
        assertTrue(
                found.get(0).message().contains("总分 85.27 按 90/80/60 分档应为「良」"),
                found.get(0).message());
    }

    @Test
    void weightsThatDoNotAddUpNameWhere() {
        var output = indicator(null, "产出指标", "50");
        leaf(output, "数量指标", "30", null);
        leaf(output, "质量指标", "15", null);
        indicator(null, "效益指标", "30");
        var found = run(new WeightsDoNotAddUp(), context(evaluation(null, null), SubjectRecords.none("项目")));
        var messages = found.stream().map(FindingDraft::message).toList();
        assertEquals(2, found.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("一级指标分值合计 80，应为 100"), messages.toString());
        assertTrue(messages.get(1).startsWith("「产出指标」分值 50，其下级指标分值合计为 45"), messages.toString());
    }

    @Test
    void seed001ContractOf1860480YuanOverThe60WanThresholdWithoutProcurement() {
        // 1,860,480 元 = 186.048 万元, 620,160 元 = 62.016 万元 paid in 2021, threshold 60万 (Inner Mongolia)
        var contract = new ContractRecord(
                7L,
                "政务服务设备采购",
                "某科技有限公司",
                d("186.048"),
                LocalDate.of(2021, 3, 1),
                LocalDate.of(2021, 3, 10),
                ProcurementMethod.DECENTRALIZED,
                d("62.016"),
                LocalDate.of(2021, 6, 1),
                AcceptanceResult.PASSED,
                LocalDate.of(2021, 5, 1));
        var check = Checks.byCode(Checks.OVER_THRESHOLD).orElseThrow();
        var found = run(
                check,
                context(
                        evaluation(null, null),
                        records(null, List.of(contract), DeviceCounts.NONE, List.of(), List.of())));

        assertEquals(1, found.size());
        String message = found.get(0).message();
        assertTrue(message.contains("金额 1,860,480 元（186.048 万元），已付 620,160 元（62.016 万元），达到采购限额标准 60 万元"), message);
        assertTrue(message.contains("采购方式为「分散采购」，未实行政府采购"), message);
        assertEquals("contract:7", found.get(0).subjectKey());
        // signed, work after signing, paid after acceptance: none of the other contract checks finds anything
        for (String code : List.of(Checks.NO_SIGNING_DATE, Checks.WORK_BEFORE_SIGNING, Checks.PAID_BEFORE_ACCEPTANCE)) {
            assertTrue(
                    run(
                                    Checks.byCode(code).orElseThrow(),
                                    context(
                                            evaluation(null, null),
                                            records(null, List.of(contract), DeviceCounts.NONE, List.of(), List.of())))
                            .isEmpty(),
                    code);
        }
    }

    @Test
    void seed003ContractWithoutSigningDatePaidBeforeAcceptance() {
        var contract = new ContractRecord(
                3L,
                "一窗受理系统",
                "江苏国泰新点软件有限公司",
                d("358.392"),
                null,
                LocalDate.of(2019, 6, 1),
                ProcurementMethod.OPEN_TENDER,
                d("107.5176"),
                LocalDate.of(2019, 12, 20),
                AcceptanceResult.PENDING,
                null);
        var ctx = context(
                evaluation(null, null), records(null, List.of(contract), DeviceCounts.NONE, List.of(), List.of()));
        assertTrue(run(Checks.byCode(Checks.OVER_THRESHOLD).orElseThrow(), ctx).isEmpty());
        assertTrue(run(Checks.byCode(Checks.NO_SIGNING_DATE).orElseThrow(), ctx)
                .get(0)
                .message()
                .contains("未注明签订日期"));
        assertTrue(run(Checks.byCode(Checks.WORK_BEFORE_SIGNING).orElseThrow(), ctx)
                .get(0)
                .message()
                .contains("于 2019-06-01 开工，合同未注明签订日期"));
        assertTrue(run(Checks.byCode(Checks.PAID_BEFORE_ACCEPTANCE).orElseThrow(), ctx)
                .get(0)
                .message()
                .contains("已付款 1,075,176 元（107.5176 万元）（首笔 2019-12-20），但验收结果为「待验收」"));
    }

    @Test
    void seed003ProjectImplementationFullMarksWhileTheSystemIsNotAccepted() {
        var management = indicator(null, "项目管理", "25");
        var implementation = leaf(management, "项目实施", "3", "3");
        implementation.actualText = "按计划完工";
        leaf(management, "制度执行", "22", "20");
        var contract = new ContractRecord(
                3L,
                "一窗受理系统",
                "江苏国泰新点软件有限公司",
                d("358.392"),
                null,
                null,
                ProcurementMethod.OPEN_TENDER,
                d("107.5176"),
                null,
                AcceptanceResult.PENDING,
                null);
        var e = evaluation(null, null);
        e.goalAchieved = "系统已按计划完成建设并上线试运行";
        var found = run(
                new OnTimeWhileAcceptanceOpen(),
                context(e, records(null, List.of(contract), DeviceCounts.NONE, List.of(), List.of())));

        assertEquals(2, found.size(), found.toString());
        assertEquals("indicator:" + implementation.id, found.get(0).subjectKey());
        assertTrue(
                found.get(0)
                        .message()
                        .startsWith("指标「项目管理 › 项目实施」得满分 3.00/3.00（按期完成），但1 份合同未验收合格（《一窗受理系统》（江苏国泰新点软件有限公司））"),
                found.get(0).message());
        assertEquals("goal", found.get(1).subjectKey());
        // once accepted, nothing
        var accepted = new ContractRecord(
                3L,
                "一窗受理系统",
                "江苏国泰新点软件有限公司",
                d("358.392"),
                null,
                null,
                ProcurementMethod.OPEN_TENDER,
                d("107.5176"),
                null,
                AcceptanceResult.PASSED,
                LocalDate.of(2020, 11, 1));
        assertTrue(run(
                        new OnTimeWhileAcceptanceOpen(),
                        context(e, records(null, List.of(accepted), DeviceCounts.NONE, List.of(), List.of())))
                .isEmpty());
    }

    @Test
    void seed003EnvironmentalBenefitAndSatisfactionFullMarksWithNoTargetAndNoData() {
        var performance = indicator(null, "项目绩效", "55");
        var benefit = indicator(performance, "项目效益", "39");
        var environment = leaf(benefit, "环境效益", "8", "8");
        var satisfaction = leaf(benefit, "满意度", "8", "8");
        var social = leaf(benefit, "社会效益", "23", "23");
        social.targetText = "群众办事更便捷";
        social.actualText = "办件时限压缩 50%";
        var decision = indicator(null, "项目决策", "20");
        var basis = leaf(decision, "立项依据充分性", "5", "5");
        basis.rule = ScoringRule.CHECKLIST;
        basis.checkedItems = List.of(0, 1);
        var found = run(new FullMarksWithoutBasis(), context(evaluation(null, null), SubjectRecords.none("一窗受理")));

        assertEquals(2, found.size(), found.toString());
        assertEquals("indicator:" + environment.id, found.get(0).subjectKey());
        assertTrue(
                found.get(0).message().startsWith("指标「项目绩效 › 项目效益 › 环境效益」得满分 8.00/8.00，但没有目标值、没有实际完成值"),
                found.get(0).message());
        assertEquals(List.of("NO_TARGET", "NO_ACTUAL"), found.get(0).evidence().get("missing"));
        assertEquals("indicator:" + satisfaction.id, found.get(1).subjectKey());
    }

    @Test
    void fullMarksWithRequiredEvidenceMissingUntilAFileIsThere() {
        var output = indicator(null, "产出指标", "50");
        var count = leaf(output, "服务点数量", "50", "50");
        count.targetValue = d("6");
        count.actualValue = d("6");
        count.evidenceRequired = true;
        var found = run(new FullMarksWithoutBasis(), context(evaluation(null, null), SubjectRecords.none("项目")));
        assertEquals(List.of("NO_EVIDENCE"), found.get(0).evidence().get("missing"));
        assertTrue(found.get(0).message().endsWith("但缺少要求的佐证资料 (full marks with required evidence missing)"));
        assertTrue(run(
                        new FullMarksWithoutBasis(),
                        context(evaluation(null, null), SubjectRecords.none("项目"), Set.of(count.id)))
                .isEmpty());
    }

    @Test
    void seed003HighGradeWhileBudgetExecutionIs30Percent() {
        // 003: 358.392 万元 arrived, 107.5176 spent → 30.00%; graded 98, 优秀
        var funds = new FundTotals(d("358.392"), d("358.392"), d("107.5176"));
        var found = run(
                new HighGradeLowExecution(),
                context(
                        evaluation("98", Grade.EXCELLENT),
                        records(funds, List.of(), DeviceCounts.NONE, List.of(), List.of())));
        assertEquals(1, found.size());
        assertTrue(
                found.get(0)
                        .message()
                        .startsWith(
                                "评价等级为「优」（总分 98.00），但项目资金记录的预算执行率仅 30.00%（支出 107.5176 万元 ÷ 到位资金 358.392 万元），低于 60%"),
                found.get(0).message());
        assertTrue(run(
                        new HighGradeLowExecution(),
                        context(
                                evaluation("75", Grade.FAIR),
                                records(funds, List.of(), DeviceCounts.NONE, List.of(), List.of())))
                .isEmpty());
    }

    @Test
    void budgetExecutionRateThatIsSpentOverPlannedIsMislabelledNotJustDifferent() {
        var execution = leaf(null, "预算执行率", "100", "60");
        execution.rule = ScoringRule.RECORD;
        execution.recordKey = RecordKey.BUDGET_EXECUTION_RATE;
        execution.actualValue = d("60.00");
        // planned 200, arrived 150, spent 120: 预算执行率 80.00%, 支出 ÷ 计划安排 60.00%
        var funds = new FundTotals(d("200"), d("150"), d("120"));
        var ctx = context(evaluation(null, null), records(funds, List.of(), DeviceCounts.NONE, List.of(), List.of()));
        var found = run(new RatioMislabelled(), ctx);
        assertEquals(1, found.size());
        assertTrue(
                found.get(0)
                        .message()
                        .startsWith(
                                "指标「预算执行率」填报 60.00%，等于支出占计划安排比例（支出 ÷ 计划安排 × 100%：支出 120 万元 ÷ 计划安排 200 万元），而预算执行率应为 支出 ÷ 到位资金 × 100% = 80.00%"),
                found.get(0).message());
        assertTrue(run(new ActualDiffersFromRecords(), ctx).isEmpty());
        // a figure that follows no formula is simply different
        execution.actualValue = d("95");
        assertTrue(run(new RatioMislabelled(), ctx).isEmpty());
        assertEquals(1, run(new ActualDiffersFromRecords(), ctx).size());
    }

    @Test
    void seed000PlanNamesSixServicePointsNoTargetStates() {
        var plan = List.of(new PlanText("项目目标", "项目计划在伊旗阿勒腾席热镇打造6处政务自助便民服务点，并投放智慧政务服务工作台等27台自助设备试运行"));
        var targets = List.of(new TargetLine("产出指标", "数量指标", "采购自助设备", d("27"), null, "台"));
        var found = run(
                new TargetMissesDeliverable(),
                context(evaluation(null, null), records(null, List.of(), DeviceCounts.NONE, plan, targets)));

        assertEquals(1, found.size(), found.toString());
        assertEquals("deliverable:6处", found.get(0).subjectKey());
        assertTrue(
                found.get(0).message().startsWith("项目目标列出「6处政务自助便民服务点」，绩效目标中没有 6处 的对应指标"),
                found.get(0).message());
        var both = List.of(targets.get(0), new TargetLine("产出指标", "数量指标", "建成政务自助便民服务点", null, "6处", null));
        assertTrue(run(
                        new TargetMissesDeliverable(),
                        context(evaluation(null, null), records(null, List.of(), DeviceCounts.NONE, plan, both)))
                .isEmpty());
    }

    @Test
    void aProjectChangeNeverApproved() {
        // 000: 公安局 94万 → 94.55万, content and total changed without the 人大's approval
        var change = new ChangeRecord(
                5L, "TOTAL", "身份证自助领证机由2台增至5台，总投资94万元增至94.55万元", "REQUESTED", LocalDate.of(2022, 8, 1));
        var records = new SubjectRecords(
                "项目", null, null, List.of(), DeviceCounts.NONE, List.of(change), List.of(), List.of(), Map.of());
        var found = run(new ChangeNotApproved(), context(evaluation(null, null), records));
        assertEquals("change:5", found.get(0).subjectKey());
        assertTrue(
                found.get(0).message().contains("（2022-08-01 提出）至今未获批准"),
                found.get(0).message());
    }

    @Test
    void everyCheckHasACodeADescriptionInChineseAndEnglishAndOneEntry() {
        var codes = new java.util.HashSet<String>();
        for (Check check : Checks.ALL) {
            assertTrue(codes.add(check.code()), check.code());
            assertTrue(check.description().matches("^[^a-zA-Z]+.*\\(.*[a-z].*\\)$"), check.description());
        }
        assertTrue(codes.size() >= 14);
    }
}

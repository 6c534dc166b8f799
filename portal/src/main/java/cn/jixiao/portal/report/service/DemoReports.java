package cn.jixiao.portal.report.service;

import cn.jixiao.platform.demo.DemoDataConfig;
import cn.jixiao.platform.publication.ReportStatus;
import cn.jixiao.platform.tenancy.Tenancy;
import cn.jixiao.portal.department.Department;
import cn.jixiao.portal.evaluation.Evaluation;
import cn.jixiao.portal.evaluation.EvaluationStatus;
import cn.jixiao.portal.evaluation.service.DemoSpec;
import cn.jixiao.portal.evaluation.service.DemoSpecs;
import cn.jixiao.portal.finding.EvaluationChecks;
import cn.jixiao.portal.finding.Finding;
import cn.jixiao.portal.finding.FindingService;
import cn.jixiao.portal.project.Project;
import cn.jixiao.portal.report.IndexNumbers;
import cn.jixiao.portal.report.Report;
import cn.jixiao.portal.report.ReportSection;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo's reports, made at start after the demo evaluations (priority 300) the way a region makes
 * them: for each of the five seeds the department drafts the report with its narratives (our own prose of
 * the seed's facts, in {@code demo/reports/}, figures that disagree included), the finance reviewer
 * explains the evaluation's open blocking findings, those of the text among them (the findings stay,
 * explained), and the department publishes it. The seeds are published in the order of their dates, so the
 * 2022 kiosk report (seed 000), which repeats the bureau's profile paragraph of its 2021 department report
 * (seed 001) and pastes a sentence in which the 旗就业和社会保险事业局 describes itself, carries an open
 * COPIED_PARAGRAPH warning naming that report and an explained FOREIGN_BODY_TEXT finding; then the department publishes it with the seed's disclosure metadata. The 索引号 is the product's own: the region's counter is first moved to
 * the number before the seed's (numbers the region gave out before it used the portal), so the generated
 * number is the one the seed printed. Seed 004's department first published an unfinished text the same
 * morning and withdrew it with its reason (the demo's withdrawal). Idempotent: a seed whose evaluation
 * has a published report is left alone.
 */
@ApplicationScoped
public class DemoReports {
    /** The seeds' disclosure metadata: 索引号, 发布日期, 公开目录, 主题词. */
    record Disclosure(String indexNo, LocalDate publishedOn, String catalog, String keywords) {}

    /** Who the demo's finance review is in the audit log and on the explanations. */
    static final String FINANCE_REVIEW = "演示数据（财政审核）";

    /** The reason seed 004's first, withdrawn publication gives. */
    static final String WITHDRAWN_REASON = "误将未定稿的报告文字发布（缺少三公经费和整改部分），撤回本稿；定稿于同日重新发布。";

    static final Map<String, Disclosure> SEEDS = Map.of(
            DemoSpecs.kiosk2022().name(),
                    new Disclosure(
                            "11150627-X-/2023-0418001",
                            LocalDate.of(2023, 4, 18),
                            "评价报告",
                            "绩效评价 自助终端 政务服务 便民服务点 伊金霍洛旗"),
            DemoSpecs.department2021Yijinhuoluo().name(),
                    new Disclosure(
                            "11150627-X-/2022-0920002",
                            LocalDate.of(2022, 9, 20),
                            "评价报告",
                            "绩效评价 部门整体支出 三公经费 政府采购 政务服务 伊金霍洛旗"),
            DemoSpecs.devices2018().name(),
                    new Disclosure(
                            "57980172-X-/2019-0621006",
                            LocalDate.of(2019, 6, 21),
                            "自评报告",
                            "绩效自评 智能化设备 自助终端 互联网+政务服务 政务服务大厅"),
            DemoSpecs.yichuang2019().name(),
                    new Disclosure(
                            "12430600-X-/2020-0609001", LocalDate.of(2020, 6, 9), "自评报告", "绩效自评 一窗受理 政府采购 最多跑一次 政务服务"),
            DemoSpecs.department2021Baoshan().name(),
                    new Disclosure(
                            "57980172-X-/2022-0712008",
                            LocalDate.of(2022, 7, 12),
                            "自评报告",
                            "绩效自评 部门整体支出 三公经费 公共资源交易 12345热线"));

    /** The seed whose department published a first text by mistake and withdrew it. */
    static final String WITHDRAWN_SEED = DemoSpecs.department2021Baoshan().name();

    /** The finance review's explanation of a blocking finding, by check (our own words). */
    static final Map<String, String> EXPLANATIONS = Map.of(
            "ACTUAL_DIFFERS_FROM_RECORDS",
            "财政复核说明：评价填报的完成值取自单位已公开的评价材料，与系统业务记录的差异已核对并记录在案。" + "同意按原评价结论公开，本发现保留，差异由单位在下一年度评价中核实更正。",
            "FULL_MARKS_WITHOUT_BASIS",
            "财政复核说明：该指标的满分依据为单位评价时提交的纸质材料，未随本系统评价上传。" + "同意按原评价结论公开，本发现保留，单位须补传佐证资料。",
            "TOTAL_DOES_NOT_FOLLOW",
            "财政复核说明：报告所载总分为原评价公布的结果，与逐项得分合计的差异已核对。同意按原结果公开，本发现保留备查。",
            "GRADE_DOES_NOT_FOLLOW",
            "财政复核说明：报告所载等级为原评价公布的结果，与按总分划定的等级不一致之处已核对。同意按原结果公开，本发现保留备查。",
            "NARRATIVE_FIGURE_DIFFERS",
            "财政复核说明：正文该处数字照录单位原报告，与系统记录的差异已核对，以系统记录和所附自评表为准。" + "同意公开，本发现保留，单位须在更正稿或下一年度报告中改正表述。",
            "STATED_RATE_MISLABELLED",
            "财政复核说明：正文所列比率的计算口径与其名称不符，已向单位指出正确口径。" + "同意按原报告公开，本发现保留备查，单位须在下一年度报告中按规定口径计算。",
            "FOREIGN_BODY_TEXT",
            "财政复核说明：该句照录旗就业和社会保险事业局提供的社保自助终端采购说明，写的是该局的职能，并非本报告主体的自述；" + "同意公开，本发现保留，单位须在更正稿中改为转述并注明出处。");

    static final String EXPLANATION = "财政复核说明：经核对，该项差异来自原评价材料本身，已告知单位并记录在案。同意按原评价结论公开，本发现保留备查。";

    @Inject
    DemoDataConfig config;

    @Inject
    ReportService reports;

    @Inject
    ReportPublisher publisher;

    @Inject
    IndexSequence sequence;

    @Inject
    EvaluationChecks checks;

    @Inject
    FindingService findings;

    @ActivateRequestContext
    void onStart(@Observes @Priority(300) StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        // in the order the seeds were published: a text copied from an earlier report is found on the later one
        DemoSpecs.all().stream()
                .filter(spec -> SEEDS.containsKey(spec.name()))
                .sorted(java.util.Comparator.comparing(
                        spec -> SEEDS.get(spec.name()).publishedOn()))
                .forEach(spec -> run(spec, () -> published(spec, SEEDS.get(spec.name()))));
    }

    /** Runs one seed in its region and its own transaction. */
    private void run(DemoSpec spec, java.util.concurrent.Callable<Long> work) {
        try {
            Long id = Tenancy.runAs(
                    spec.tenant(), () -> QuarkusTransaction.requiringNew().call(work));
            if (id != null) {
                Log.infof("demo report of %s published (id %d)", spec.name(), id);
            }
        } catch (Exception e) {
            Log.warnf("demo report of %s not made: %s", spec.name(), e.getMessage());
        }
    }

    /** The seed's report, published the product's way (null when it is there already or cannot be made). */
    Long published(DemoSpec spec, Disclosure d) {
        Optional<Evaluation> found = evaluation(spec);
        if (found.isEmpty() || found.get().status != EvaluationStatus.APPROVED) {
            Log.infof("demo report of %s waits for its approved evaluation", spec.name());
            return null;
        }
        Evaluation evaluation = found.get();
        if (Report.count("evaluationId = ?1 and status = ?2", evaluation.id, ReportStatus.PUBLISHED) > 0) {
            return null;
        }
        Optional<Report> taken = Report.<Report>find("indexNo", d.indexNo()).firstResultOptional();
        if (taken.isPresent()) {
            // e.g. a row of the SQL demo data of an older version, kept in .run/data
            Log.warnf(
                    "demo report of %s not made: its 索引号 %s is taken by report %d (delete .run/data to start over)",
                    spec.name(), d.indexNo(), taken.get().id);
            return null;
        }
        Caller caller = Caller.demo(evaluation.departmentId);
        int seq = IndexNumbers.sequence(d.indexNo());
        if (spec.name().equals(WITHDRAWN_SEED)
                && Report.count("evaluationId = ?1 and status = ?2", evaluation.id, ReportStatus.WITHDRAWN) == 0) {
            sequence.atLeast(d.publishedOn().getYear(), seq - 2);
            withdrawnFirst(caller, evaluation, d);
        }
        sequence.atLeast(d.publishedOn().getYear(), seq - 1);
        long id = draft(caller, evaluation);
        write(caller, id, DemoNarratives.of(d.indexNo()));
        // after the text is written: its own findings are among those to explain
        explainBlockingFindings(evaluation);
        ReportView view = publisher.publish(
                caller,
                id,
                new ReportInputs.Publish(
                        d.catalog(), d.publishedOn(), null, d.keywords(), true, List.of(), version(id)));
        if (!d.indexNo().equals(view.indexNo())) {
            Log.warnf(
                    "demo report of %s got the 索引号 %s, not the seed's %s (the region's counter was further on)",
                    spec.name(), view.indexNo(), d.indexNo());
        }
        return id;
    }

    /** The finance review explains each open blocking finding, so publication may go on; the findings stay. */
    private void explainBlockingFindings(Evaluation evaluation) {
        for (Finding f : checks.openBlocking(evaluation.id)) {
            findings.explainAs(FINANCE_REVIEW, f.id, EXPLANATIONS.getOrDefault(f.code, EXPLANATION));
        }
    }

    /** The draft of the evaluation: one left from before, or a new one. */
    private long draft(Caller caller, Evaluation evaluation) {
        return Report.<Report>find("evaluationId = ?1 and status = ?2", evaluation.id, ReportStatus.DRAFT)
                .firstResultOptional()
                .map(r -> r.id)
                .orElseGet(() -> reports.create(caller, evaluation.id).id());
    }

    /** An unfinished text published the same morning by mistake and withdrawn with the reason. */
    private void withdrawnFirst(Caller caller, Evaluation evaluation, Disclosure seed) {
        long id = draft(caller, evaluation);
        write(caller, id, Map.of(ReportSection.BASIC.code, "（未定稿）本部门2021年度部门整体支出绩效自评情况如下，三公经费和整改部分待补充。"));
        explainBlockingFindings(evaluation);
        publisher.publish(
                caller,
                id,
                new ReportInputs.Publish(
                        seed.catalog(), seed.publishedOn(), null, seed.keywords(), false, List.of(), version(id)));
        publisher.withdraw(caller, id, new ReportInputs.Withdraw(WITHDRAWN_REASON, version(id)));
    }

    private void write(Caller caller, long id, Map<String, String> narratives) {
        for (var e : narratives.entrySet()) {
            reports.updateNarrative(caller, id, e.getKey(), e.getValue(), version(id));
        }
    }

    private static int version(long id) {
        Report r = Report.findById(id);
        return r.version;
    }

    private static Optional<Evaluation> evaluation(DemoSpec spec) {
        Optional<Department> department = Department.findByCode(spec.departmentCode());
        if (department.isEmpty()) {
            return Optional.empty();
        }
        Long projectId = null;
        if (spec.project() != null) {
            Optional<Project> project = Project.find(
                            "name = ?1 and year = ?2",
                            spec.project().name(),
                            spec.project().year())
                    .firstResultOptional();
            if (project.isEmpty()) {
                return Optional.empty();
            }
            projectId = project.get().id;
        }
        return projectId == null
                ? Evaluation.find(
                                "departmentId = ?1 and projectId is null and year = ?2 and kind = ?3",
                                department.get().id,
                                spec.year(),
                                spec.kind())
                        .firstResultOptional()
                : Evaluation.find(
                                "departmentId = ?1 and projectId = ?2 and year = ?3 and kind = ?4",
                                department.get().id,
                                projectId,
                                spec.year(),
                                spec.kind())
                        .firstResultOptional();
    }
}

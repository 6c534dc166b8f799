package cn.jixiao.portal.report.service;

import cn.jixiao.platform.demo.DemoDataConfig;
import cn.jixiao.platform.publication.ReportStatus;
import cn.jixiao.platform.tenancy.Tenancy;
import cn.jixiao.portal.department.Department;
import cn.jixiao.portal.evaluation.Evaluation;
import cn.jixiao.portal.evaluation.EvaluationStatus;
import cn.jixiao.portal.evaluation.service.DemoSpec;
import cn.jixiao.portal.evaluation.service.DemoSpecs;
import cn.jixiao.portal.project.Project;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo's reports, made at start after the demo evaluations (priority 300) through the report
 * services: for each approved seed evaluation a draft with the department's narratives (our own prose,
 * in {@code demo/reports/}), published with the seed's disclosure metadata; and one extra report of
 * 岳阳's evaluation published and then withdrawn with its reason. Idempotent: a seed's 索引号 that is
 * already taken (e.g. by the SQL fixture) or an existing withdrawn demo report is left alone.
 */
@ApplicationScoped
public class DemoReports {
    /** The seeds' disclosure metadata: spec name → 索引号, 发布日期, 公开目录, 主题词. */
    record Disclosure(String indexNo, LocalDate publishedOn, String catalog, String keywords) {}

    static final Map<String, Disclosure> SEEDS = Map.of(
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

    @Inject
    DemoDataConfig config;

    @Inject
    ReportService reports;

    @Inject
    ReportPublisher publisher;

    @ActivateRequestContext
    void onStart(@Observes @Priority(300) StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        // the first approved seed evaluation whose publication nothing blocks (open findings stop it)
        for (DemoSpec spec : List.of(
                DemoSpecs.yichuang2019(),
                DemoSpecs.devices2018(),
                DemoSpecs.department2021Baoshan(),
                DemoSpecs.department2021Yijinhuoluo())) {
            if (run(spec, () -> withdrawnExtra(spec, SEEDS.get(spec.name())))) {
                break;
            }
        }
        for (DemoSpec spec : DemoSpecs.all()) {
            Disclosure d = SEEDS.get(spec.name());
            if (d != null) {
                run(spec, () -> published(spec, d));
            }
        }
    }

    /** Runs one step in the spec's region and its own transaction; true when it left a report. */
    private boolean run(DemoSpec spec, java.util.concurrent.Callable<Long> work) {
        try {
            Long id = Tenancy.runAs(
                    spec.tenant(), () -> QuarkusTransaction.requiringNew().call(work));
            if (id != null) {
                Log.infof("demo report of %s in place (id %d)", spec.name(), id);
            }
            return id != null;
        } catch (Exception e) {
            Log.warnf("demo report of %s not made: %s", spec.name(), e.getMessage());
            return false;
        }
    }

    /** The seed's report, published with its own 索引号 and date (null when present or not ready). */
    Long published(DemoSpec spec, Disclosure d) {
        if (Report.count("indexNo", d.indexNo()) > 0) {
            return null;
        }
        Optional<Evaluation> evaluation = evaluation(spec);
        if (evaluation.isEmpty() || evaluation.get().status != EvaluationStatus.APPROVED) {
            return null;
        }
        Caller caller = Caller.demo(evaluation.get().departmentId);
        long id = reports.create(caller, evaluation.get().id).id();
        write(caller, id, narratives(d.indexNo()));
        return publisher
                .publish(
                        caller,
                        id,
                        new ReportInputs.Publish(
                                d.catalog(), d.publishedOn(), null, d.keywords(), true, List.of(), version(id)),
                        d.indexNo())
                .id();
    }

    /** A report published by mistake a day after the seed's and withdrawn with the reason, as the demo's withdrawal. */
    Long withdrawnExtra(DemoSpec spec, Disclosure seed) {
        Optional<Report> earlier = Report.<Report>find(
                        "evaluationId is not null and status = ?1 and withdrawnReason like ?2",
                        ReportStatus.WITHDRAWN,
                        "演示：%")
                .firstResultOptional();
        if (earlier.isPresent()) {
            return earlier.get().id;
        }
        Optional<Evaluation> evaluation = evaluation(spec);
        if (evaluation.isEmpty()
                || evaluation.get().status != EvaluationStatus.APPROVED
                || Report.count("evaluationId = ?1 and status <> ?2", evaluation.get().id, ReportStatus.WITHDRAWN)
                        > 0) {
            return null;
        }
        Caller caller = Caller.demo(evaluation.get().departmentId);
        long id = reports.create(caller, evaluation.get().id).id();
        write(caller, id, Map.of(ReportSection.BASIC.code, "本稿为系统操作演示：同一评价的报告被重复发布，随后撤回。"));
        publisher.publish(
                caller,
                id,
                new ReportInputs.Publish(
                        seed.catalog(),
                        seed.publishedOn().plusDays(1),
                        null,
                        seed.keywords(),
                        false,
                        List.of(),
                        version(id)));
        publisher.withdraw(
                caller,
                id,
                new ReportInputs.Withdraw(
                        "演示：与" + seed.publishedOn() + "发布的报告（索引号 " + seed.indexNo() + "）重复，撤回本稿，以原报告为准", version(id)));
        return id;
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

    /**
     * The department's words for each section, from our prose of the report ({@code demo/reports/}): its
     * sections are put under the report's by what they are about; a merged one keeps its title as a
     * sub-heading.
     */
    static Map<String, String> narratives(String indexNo) {
        String text;
        try (InputStream in =
                DemoReports.class.getResourceAsStream("/demo/reports/" + indexNo.replace('/', '_') + ".md")) {
            if (in == null) {
                return Map.of();
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, StringBuilder> out = new LinkedHashMap<>();
        String code = ReportSection.BASIC.code;
        for (String line : text.split("\\R")) {
            if (line.startsWith("## ")) {
                String title =
                        line.substring(3).replaceFirst("^[一二三四五六七八九十]+、", "").strip();
                code = sectionOf(title).code;
                StringBuilder b = out.computeIfAbsent(code, k -> new StringBuilder());
                b.append(b.isEmpty() ? "" : "\n\n").append("### ").append(title).append("\n\n");
            } else {
                out.computeIfAbsent(code, k -> new StringBuilder()).append(line).append("\n");
            }
        }
        Map<String, String> narratives = new LinkedHashMap<>();
        out.forEach((k, v) -> narratives.put(k, v.toString().strip()));
        return narratives;
    }

    static ReportSection sectionOf(String title) {
        if (title.contains("问题")) {
            return ReportSection.PROBLEMS;
        }
        if (title.contains("建议") || title.contains("改进")) {
            return ReportSection.SUGGESTIONS;
        }
        if (title.contains("结果应用")) {
            return ReportSection.RESULTS;
        }
        if (title.contains("公开")) {
            return ReportSection.DISCLOSURE;
        }
        if (title.contains("目标")) {
            return ReportSection.GOALS;
        }
        if (title.matches(".*(得分|评分|指标|结论|产出|效益|绩效分析|资金|预算).*")) {
            return ReportSection.INDICATORS;
        }
        if (title.matches(".*(组织|方法|进度|自评工作).*")) {
            return ReportSection.WORK;
        }
        return ReportSection.BASIC;
    }
}

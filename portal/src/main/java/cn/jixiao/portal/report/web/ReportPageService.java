package cn.jixiao.portal.report.web;

import cn.jixiao.platform.publication.ReportStatus;
import cn.jixiao.portal.evaluation.Evaluation;
import cn.jixiao.portal.evaluation.EvaluationStatus;
import cn.jixiao.portal.evaluation.sheet.SelfEvaluationTable;
import cn.jixiao.portal.evaluation.sheet.SelfEvaluationTables;
import cn.jixiao.portal.evidence.EvidenceFile;
import cn.jixiao.portal.report.BodyBlocks;
import cn.jixiao.portal.report.Placeholder;
import cn.jixiao.portal.report.Report;
import cn.jixiao.portal.report.ReportCatalog;
import cn.jixiao.portal.report.ReportSection;
import cn.jixiao.portal.report.service.Caller;
import cn.jixiao.portal.report.service.ReportService;
import cn.jixiao.portal.report.service.ReportSummary;
import cn.jixiao.portal.report.service.ReportView;
import cn.jixiao.portal.web.Paged;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;

/** What the report pages show, read in one transaction per page. */
@ApplicationScoped
public class ReportPageService {
    @Inject
    ReportService reports;

    @Inject
    SelfEvaluationTables tables;

    @TemplateData
    public record ListPage(
            Paged<ReportSummary> rows,
            Integer year,
            String status,
            List<Integer> years,
            List<Choice> statuses,
            List<Startable> startable,
            String pagerBase) {}

    @TemplateData
    public record Choice(String value, String label, boolean selected) {}

    /** An approved evaluation of the user's department without a report yet. */
    @TemplateData
    public record Startable(long evaluationId, int year, String subject, String kindLabel) {}

    @TemplateData
    public record EditorPage(
            ReportView report,
            String previewTitle,
            List<BodyBlocks.Block> blocks,
            List<Placeholder> placeholders,
            List<String> catalogs,
            List<EvidenceChoice> evidence) {}

    @TemplateData
    public record EvidenceChoice(long id, String fileName, String note, boolean clean) {}

    @TemplateData
    public record PrintPage(
            ReportView report, String title, List<BodyBlocks.Block> blocks, SelfEvaluationTable table) {}

    @Transactional
    public ListPage list(Caller caller, Integer year, ReportStatus status, int page) {
        Paged<ReportSummary> rows = reports.list(caller, year, status, page, 20);
        List<Integer> years = Report.<Report>listAll().stream()
                .map(r -> r.fiscalYear)
                .distinct()
                .sorted((a, b) -> b - a)
                .toList();
        List<Choice> statuses = Arrays.stream(ReportStatus.values())
                .map(s -> new Choice(s.name(), label(s), s == status))
                .toList();
        List<Startable> startable = List.of();
        if (caller.departmentId() != null) {
            startable = Evaluation.<Evaluation>list(
                            "departmentId = ?1 and status = ?2 order by year desc, id",
                            caller.departmentId(),
                            EvaluationStatus.APPROVED)
                    .stream()
                    .filter(e -> Report.count("evaluationId = ?1 and status <> ?2", e.id, ReportStatus.WITHDRAWN) == 0)
                    .map(e -> new Startable(e.id, e.year, subject(e), e.kind.label()))
                    .toList();
        }
        String base =
                "?" + (year == null ? "" : "year=" + year + "&") + (status == null ? "" : "status=" + status + "&");
        return new ListPage(rows, year, status == null ? null : status.name(), years, statuses, startable, base);
    }

    @Transactional
    public EditorPage editor(Caller caller, long id) {
        ReportView view = reports.get(caller, id);
        ReportService.Preview preview = reports.preview(caller, id);
        List<EvidenceChoice> evidence = List.of();
        if (view.editable() && view.evaluationId() != null) {
            evidence =
                    EvidenceFile.<EvidenceFile>list(
                                    "evaluationId = ?1 and current = true order by id", view.evaluationId())
                            .stream()
                            .map(f -> new EvidenceChoice(f.id, f.fileName, f.note, "CLEAN".equals(f.scanStatus)))
                            .toList();
        }
        return new EditorPage(
                view,
                preview.title(),
                BodyBlocks.parse(preview.body()),
                List.of(Placeholder.values()),
                Arrays.stream(ReportCatalog.values()).map(c -> c.label).toList(),
                evidence);
    }

    @Transactional
    public PrintPage print(Caller caller, long id) {
        ReportView view = reports.get(caller, id);
        ReportService.Preview preview = reports.preview(caller, id);
        SelfEvaluationTable table = null;
        if (view.evaluationId() != null) {
            table = tables.of(Evaluation.findById(view.evaluationId()));
        }
        return new PrintPage(view, preview.title(), BodyBlocks.parse(preview.body()), table);
    }

    static String label(ReportStatus s) {
        return switch (s) {
            case DRAFT -> "草稿";
            case PUBLISHED -> "已发布";
            case WITHDRAWN -> "已撤回";
        };
    }

    private static String subject(Evaluation e) {
        if (e.projectId != null) {
            cn.jixiao.portal.project.Project p = cn.jixiao.portal.project.Project.findById(e.projectId);
            if (p != null) {
                return p.name;
            }
        }
        return "部门整体支出";
    }

    /** The section headings in order, for the editor's table of contents. */
    public static List<ReportSection> sections() {
        return List.of(ReportSection.values());
    }
}

package cn.jixiao.portal.report.service;

import cn.jixiao.platform.publication.Grade;
import cn.jixiao.platform.publication.ReportStatus;
import cn.jixiao.portal.copies.ReportTextChecks;
import cn.jixiao.portal.department.Department;
import cn.jixiao.portal.evaluation.Evaluation;
import cn.jixiao.portal.evaluation.EvaluationStatus;
import cn.jixiao.portal.report.Placeholders;
import cn.jixiao.portal.report.Report;
import cn.jixiao.portal.report.ReportCatalog;
import cn.jixiao.portal.report.ReportComposer;
import cn.jixiao.portal.report.ReportFigures;
import cn.jixiao.portal.report.ReportSection;
import cn.jixiao.portal.web.Paged;
import cn.jixiao.portal.web.Refusals;
import cn.jixiao.portal.web.Versions;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Report drafts: made from an approved evaluation, their narratives edited section by section, their
 * key figures refreshed from the records (never the narratives), read and listed. Publication,
 * withdrawal and correction are {@link ReportPublisher}'s.
 */
@ApplicationScoped
public class ReportService {
    public static final int MAX_NARRATIVE = 20_000;

    @Inject
    ReportSource source;

    @Inject
    ReportAudit audit;

    @Inject
    ReportNarrativeChecks narrativeChecks;

    @Inject
    ReportTextChecks textChecks;

    @Transactional
    public ReportView create(Caller caller, Long evaluationId) {
        if (evaluationId == null) {
            throw Refusals.invalid("evaluationId", "请选择绩效评价 (choose an evaluation)");
        }
        Evaluation e = Evaluation.<Evaluation>findByIdOptional(evaluationId)
                .orElseThrow(() -> new NotFoundException("绩效评价不存在 (evaluation not found)"));
        if (!caller.reads(e.departmentId)) {
            throw new ForbiddenException("无权查看该绩效评价 (you may not read this evaluation)");
        }
        if (!caller.editsFor(e.departmentId)) {
            throw new ForbiddenException(
                    "只有被评价部门的填报人可以生成报告 (only the evaluated department's editors may make its report)");
        }
        if (e.status != EvaluationStatus.APPROVED) {
            throw Refusals.conflict("not-approved", "绩效评价审核通过后才能生成报告 (a report is made from an approved evaluation)");
        }
        List<Report> live = Report.<Report>list("evaluationId = ?1 and status <> ?2", e.id, ReportStatus.WITHDRAWN);
        if (!live.isEmpty()) {
            Report existing = live.getFirst();
            throw Refusals.conflict(
                    "exists",
                    (existing.status == ReportStatus.DRAFT ? "该评价已有报告草稿（编号 " : "该评价的报告已发布（编号 ")
                            + existing.id + "），已发布的报告请用“更正”重新发布 (this evaluation already has a report: "
                            + existing.id + ")");
        }
        Report r = draftFrom(caller, e);
        r.persist();
        Report.flush();
        audit.record(caller, "CREATE", r.id, null, Map.of("evaluationId", e.id, "title", r.title));
        return view(caller, r);
    }

    /** A new draft of an evaluation (not saved): its figures from the records, narratives empty. */
    Report draftFrom(Caller caller, Evaluation e) {
        Report r = new Report();
        r.evaluationId = e.id;
        r.departmentId = e.departmentId;
        r.fiscalYear = e.year;
        r.kind = e.kind;
        r.scope = e.scope();
        r.catalog = ReportCatalog.forKind(e.kind).label;
        r.publisher = Department.<Department>findById(e.departmentId).name;
        r.createdBy = caller.username();
        r.narratives = new LinkedHashMap<>();
        refresh(r, source.figures(e));
        return r;
    }

    /** Copies the figures the row keeps for lists and open data (never the narratives). */
    static void refresh(Report r, ReportFigures f) {
        r.title = ReportComposer.title(r.kind, r.scope, f);
        r.summary = ReportComposer.summary(f);
        r.score = f.totalScore();
        r.grade = Grade.forScore(f.totalScore());
        r.budgetYuan = f.budgetYuan();
        r.executionRate = f.executionRate();
        r.updatedAt = OffsetDateTime.now();
    }

    @Transactional
    public ReportView updateNarrative(Caller caller, long id, String code, String narrative, Integer version) {
        Report r = ReportRights.editableDraft(caller, id);
        ReportSection section =
                ReportSection.byCode(code).orElseThrow(() -> new NotFoundException("没有这一节 (no such section): " + code));
        Versions.require(version, r.version);
        String text = narrative == null ? "" : narrative.strip();
        if (text.length() > MAX_NARRATIVE) {
            throw Refusals.invalid("narrative", "正文不能超过 " + MAX_NARRATIVE + " 字 (the narrative is too long)");
        }
        requireKnownPlaceholders("narrative", text);
        String before = r.narrative(section);
        Map<String, String> next = new LinkedHashMap<>(r.narratives == null ? Map.of() : r.narratives);
        if (text.isEmpty()) {
            next.remove(section.code);
        } else {
            next.put(section.code, text);
        }
        r.narratives = next;
        r.updatedAt = OffsetDateTime.now();
        Report.flush();
        // what the text states is checked against the records on every save, as evaluations are
        narrativeChecks.recheck(r);
        textChecks.recheck(r);
        audit.record(caller, "NARRATIVE", r.id, mapOf(section.code, before), mapOf(section.code, text));
        return view(caller, r);
    }

    static void requireKnownPlaceholders(String field, String text) {
        List<String> unknown = Placeholders.unknown(text);
        if (!unknown.isEmpty()) {
            throw Refusals.invalid(
                    field,
                    "未知的引用数据：{" + String.join("}、{", unknown)
                            + "}，请从“插入数据”列表中选择 (unknown placeholder; choose one from the list)");
        }
    }

    /** Reads the records again: title, summary and key figures follow them; the narratives stay. */
    @Transactional
    public ReportView regenerate(Caller caller, long id, Integer version) {
        Report r = ReportRights.editableDraft(caller, id);
        Versions.require(version, r.version);
        var before = keyFigures(r);
        refresh(r, source.figures(evaluationOf(r)));
        Report.flush();
        narrativeChecks.recheck(r);
        audit.record(caller, "REGENERATE", r.id, before, keyFigures(r));
        return view(caller, r);
    }

    @Transactional
    public ReportView get(Caller caller, long id) {
        return view(caller, ReportRights.readable(caller, id));
    }

    /** The body as it would be published now (a draft) or as it was published. */
    @Transactional
    public Preview preview(Caller caller, long id) {
        Report r = ReportRights.readable(caller, id);
        return preview(r);
    }

    Preview preview(Report r) {
        if (r.status != ReportStatus.DRAFT || r.evaluationId == null) {
            return new Preview(r.title, r.summary, r.body);
        }
        ReportFigures f = source.figures(evaluationOf(r));
        return new Preview(
                ReportComposer.title(r.kind, r.scope, f),
                ReportComposer.summary(f),
                ReportComposer.body(f, r.narratives, ReportDataNotes.of(r)));
    }

    /** A report's rendered text: title, summary and body markup. */
    public record Preview(String title, String summary, String body) {}

    @Transactional
    public Paged<ReportSummary> list(Caller caller, Integer year, ReportStatus status, int page, int size) {
        StringBuilder q = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!caller.readsWholeRegion()) {
            if (caller.departmentId() == null) {
                return new Paged<>(List.of(), 0, page, size);
            }
            q.append(" and departmentId = :department");
            params.put("department", caller.departmentId());
        }
        if (year != null) {
            q.append(" and fiscalYear = :year");
            params.put("year", year);
        }
        if (status != null) {
            q.append(" and status = :status");
            params.put("status", status);
        }
        var query = Report.<Report>find(
                q.toString(), Sort.descending("fiscalYear").and("id", Sort.Direction.Descending), params);
        long total = query.count();
        List<ReportSummary> rows = query.page(Page.of(page, size)).list().stream()
                .map(ReportViews::summary)
                .toList();
        return new Paged<>(rows, total, page, size);
    }

    ReportView view(Caller caller, Report r) {
        return ReportViews.of(r, caller);
    }

    static Evaluation evaluationOf(Report r) {
        return Evaluation.<Evaluation>findByIdOptional(r.evaluationId)
                .orElseThrow(() -> new NotFoundException("绩效评价不存在 (evaluation not found)"));
    }

    static Map<String, Object> keyFigures(Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", r.title);
        m.put("score", r.score);
        m.put("grade", r.grade);
        m.put("budgetYuan", r.budgetYuan);
        m.put("executionRate", r.executionRate);
        return m;
    }

    private static Map<String, String> mapOf(String k, String v) {
        Map<String, String> m = new HashMap<>();
        m.put(k, v);
        return m;
    }
}

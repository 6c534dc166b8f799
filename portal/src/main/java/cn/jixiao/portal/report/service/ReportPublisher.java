package cn.jixiao.portal.report.service;

import cn.jixiao.platform.publication.ReportStatus;
import cn.jixiao.portal.copies.ReportTextChecks;
import cn.jixiao.portal.department.Department;
import cn.jixiao.portal.evaluation.Evaluation;
import cn.jixiao.portal.evaluation.EvaluationStatus;
import cn.jixiao.portal.evaluation.sheet.SelfEvaluationTable;
import cn.jixiao.portal.evidence.EvidenceFile;
import cn.jixiao.portal.evidence.EvidencePublishing;
import cn.jixiao.portal.finding.EvaluationChecks;
import cn.jixiao.portal.finding.Finding;
import cn.jixiao.portal.region.Today;
import cn.jixiao.portal.report.IndexNumbers;
import cn.jixiao.portal.report.Report;
import cn.jixiao.portal.report.ReportCatalog;
import cn.jixiao.portal.report.ReportComposer;
import cn.jixiao.portal.report.ReportFigures;
import cn.jixiao.portal.report.ReportSection;
import cn.jixiao.portal.web.Refusals;
import cn.jixiao.portal.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Publication of a draft, withdrawal, and corrected re-publication. Publishing renders the body from
 * the records and the narratives, takes the 索引号, writes the report row and its attachments in ONE
 * transaction (the V2 trigger writes the publication_event in it); any refusal or failure leaves no
 * row, no event, no number and no object behind.
 */
@ApplicationScoped
public class ReportPublisher {
    static final int MAX_FIELD = 200;
    static final int MAX_EVIDENCE = 20;

    @Inject
    ReportSource source;

    @Inject
    ReportService reports;

    @Inject
    IndexSequence sequence;

    @Inject
    ReportFiles files;

    @Inject
    EvaluationChecks checks;

    @Inject
    ReportNarrativeChecks narrativeChecks;

    @Inject
    ReportTextChecks textChecks;

    @Inject
    EvidencePublishing evidence;

    @Inject
    ReportAudit audit;

    @Inject
    Today today;

    @Transactional
    public ReportView publish(Caller caller, long id, ReportInputs.Publish in) {
        if (in == null) {
            throw Refusals.invalid("catalog", Refusals.BODY_REQUIRED);
        }
        Report r = ReportRights.editableDraft(caller, id);
        Versions.require(in.version(), r.version);
        ReportCatalog catalog = validCatalog(in.catalog());
        LocalDate on = in.publishedOn() != null ? in.publishedOn() : today.get();
        Map<String, String> errors = new LinkedHashMap<>();
        if (on.isAfter(today.get().plusDays(30))) {
            errors.put("publishedOn", "发布日期不能晚于今天 30 天以上 (the publication date is too far ahead)");
        }
        String docNo = trimmed(in.docNo());
        String keywords = trimmed(in.keywords());
        if (docNo != null && docNo.length() > MAX_FIELD) {
            errors.put("docNo", "文号不能超过 " + MAX_FIELD + " 字 (too long)");
        }
        if (keywords != null && keywords.length() > MAX_FIELD) {
            errors.put("keywords", "主题词不能超过 " + MAX_FIELD + " 字 (too long)");
        }
        if (!errors.isEmpty()) {
            throw Refusals.invalid(errors);
        }
        Evaluation e = ReportService.evaluationOf(r);
        if (e.status != EvaluationStatus.APPROVED) {
            throw Refusals.conflict("not-approved", "绩效评价已不是“审核通过”状态，不能发布 (the evaluation is no longer approved)");
        }
        // the records may have changed since the text was saved: read the text against them once more
        narrativeChecks.recheck(r);
        textChecks.recheck(r);
        List<Finding> blocking = checks.openBlocking(e.id);
        if (!blocking.isEmpty()) {
            throw Refusals.conflict(
                    "blocking-findings",
                    "评价还有未处理的阻断性核查发现，不能发布："
                            + blocking.stream()
                                    .map(f -> f.code + " " + f.message)
                                    .collect(Collectors.joining("；"))
                            + " (blocking findings are open)");
        }
        Department department = Department.findById(r.departmentId);
        if (department.orgCode == null || department.orgCode.isBlank()) {
            throw Refusals.conflict(
                    "no-org-code",
                    "发布机构“" + department.name
                            + "”还没有组织机构代码，索引号无法生成；请地区管理员在部门页面填写 (the department has no organisation code)");
        }
        List<EvidenceFile> chosen = chosenEvidence(e, in.evidenceIds());
        for (ReportSection s : ReportSection.values()) {
            ReportService.requireKnownPlaceholders("narratives." + s.code, r.narrative(s));
        }

        ReportFigures f = source.figures(e);
        ReportService.refresh(r, f);
        r.body = ReportComposer.body(f, r.narratives, ReportDataNotes.of(r));
        r.catalog = catalog.label;
        r.publisher = department.name;
        r.docNo = docNo;
        r.keywords = keywords != null ? keywords : e.kind.label() + " " + department.name;
        r.publishedOn = on;
        r.publishedAt = OffsetDateTime.now();
        r.indexNo = IndexNumbers.of(department.orgCode, catalog, on, sequence.next(on.getYear()));
        r.status = ReportStatus.PUBLISHED;
        if (r.correctsId != null) {
            replace(caller, r);
        }
        Report.flush();

        int position = 1;
        if (!Boolean.FALSE.equals(in.attachTable())) {
            SelfEvaluationTable table = f.table();
            files.attachTable(r.id, position++, table);
        }
        for (EvidenceFile file : chosen) {
            files.attachEvidence(r.id, position++, file);
        }
        Report.flush();
        Map<String, Object> after = ReportService.keyFigures(r);
        after.put("indexNo", r.indexNo);
        after.put("publishedOn", r.publishedOn.toString());
        after.put("catalog", r.catalog);
        after.put("attachments", position - 1);
        audit.record(caller, "PUBLISH", r.id, Map.of("status", "DRAFT"), after);
        return reports.view(caller, r);
    }

    /** The published report this draft corrects becomes WITHDRAWN, with a reason naming the correction. */
    private void replace(Caller caller, Report correction) {
        Report old = Report.findById(correction.correctsId);
        if (old == null || old.status != ReportStatus.PUBLISHED) {
            throw Refusals.conflict("not-published", "被更正的报告已不是“已发布”状态 (the corrected report is no longer published)");
        }
        old.status = ReportStatus.WITHDRAWN;
        old.withdrawnAt = OffsetDateTime.now();
        old.withdrawnReason = "已更正，以更正后的报告为准（索引号 " + correction.indexNo + "）"
                + (correction.correctionReason == null ? "" : "：" + correction.correctionReason);
        audit.record(
                caller,
                "CORRECTED",
                old.id,
                Map.of("status", "PUBLISHED"),
                Map.of("status", "WITHDRAWN", "correctedBy", correction.indexNo, "reason", old.withdrawnReason));
    }

    @Transactional
    public ReportView withdraw(Caller caller, long id, ReportInputs.Withdraw in) {
        Report r = ReportRights.readable(caller, id);
        if (!ReportRights.mayWithdraw(caller, r)) {
            throw new ForbiddenException(
                    "只有发布部门或财政审核人可以撤回报告 (only the publishing department or a finance reviewer may withdraw)");
        }
        if (r.status != ReportStatus.PUBLISHED) {
            throw Refusals.conflict("not-published", "只有已发布的报告可以撤回 (only a published report can be withdrawn)");
        }
        Versions.require(in == null ? null : in.version(), r.version);
        String reason = trimmed(in.reason());
        if (reason == null || reason.length() < 4) {
            throw Refusals.invalid("reason", "请写明撤回原因（至少 4 个字）(give the reason, at least 4 characters)");
        }
        if (reason.length() > MAX_FIELD * 5) {
            throw Refusals.invalid("reason", "撤回原因不能超过 1000 字 (too long)");
        }
        r.status = ReportStatus.WITHDRAWN;
        r.withdrawnAt = OffsetDateTime.now();
        r.withdrawnReason = reason;
        Report.flush();
        audit.record(
                caller,
                "WITHDRAW",
                r.id,
                Map.of("status", "PUBLISHED"),
                Map.of("status", "WITHDRAWN", "reason", reason));
        return reports.view(caller, r);
    }

    /**
     * A new draft that corrects a published report: same evaluation, its narratives copied, figures read
     * again. The old report stays published until the correction is published.
     */
    @Transactional
    public ReportView correct(Caller caller, long id, ReportInputs.Correct in) {
        Report old = ReportRights.readable(caller, id);
        if (!caller.editsFor(old.departmentId)) {
            throw new ForbiddenException("只有本部门的填报人可以更正报告 (only the department's editors may correct its report)");
        }
        if (old.status != ReportStatus.PUBLISHED || old.evaluationId == null) {
            throw Refusals.conflict(
                    "not-published",
                    "只有由评价生成且已发布的报告可以更正 (only a published report made from an evaluation can be corrected)");
        }
        if (!Report.correctionsOf(old.id).isEmpty()) {
            throw Refusals.conflict("correction-exists", "该报告已有更正稿 (a correction of this report exists)");
        }
        String reason = in == null ? null : trimmed(in.reason());
        if (reason == null || reason.length() < 4) {
            throw Refusals.invalid("reason", "请写明更正原因（至少 4 个字）(give the reason, at least 4 characters)");
        }
        Report draft = reports.draftFrom(caller, ReportService.evaluationOf(old));
        draft.correctsId = old.id;
        draft.narratives = new LinkedHashMap<>(old.narratives == null ? Map.of() : old.narratives);
        draft.docNo = old.docNo;
        draft.keywords = old.keywords;
        draft.catalog = old.catalog;
        draft.correctionReason = reason;
        draft.persist();
        Report.flush();
        audit.record(caller, "CORRECT", draft.id, null, Map.of("corrects", old.id, "reason", reason));
        return reports.view(caller, draft);
    }

    private static ReportCatalog validCatalog(String label) {
        if (label == null || label.isBlank()) {
            throw Refusals.invalid("catalog", "请选择公开目录 (choose the catalog)");
        }
        return ReportCatalog.byLabel(label.strip())
                .orElseThrow(() -> Refusals.invalid("catalog", "公开目录只能是：自评报告、评价报告、整改报告 (unknown catalog)"));
    }

    private List<EvidenceFile> chosenEvidence(Evaluation e, List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        if (ids.size() > MAX_EVIDENCE) {
            throw Refusals.invalid("evidenceIds", "最多附 " + MAX_EVIDENCE + " 个佐证文件 (too many files)");
        }
        var files = new java.util.ArrayList<EvidenceFile>();
        for (Long fileId : new LinkedHashSet<>(ids)) {
            EvidenceFile file = fileId == null ? null : EvidenceFile.findById(fileId);
            if (file == null || !e.id.equals(file.evaluationId) || !file.current) {
                throw Refusals.invalid("evidenceIds", "佐证文件 " + fileId + " 不属于该评价 (not a file of this evaluation)");
            }
            if (!evidence.isPublishable(file.id)) {
                throw Refusals.invalid(
                        "evidenceIds", "佐证文件“" + file.fileName + "”未通过安全扫描，不能公开 (the file has not been scanned clean)");
            }
            files.add(file);
        }
        return files;
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

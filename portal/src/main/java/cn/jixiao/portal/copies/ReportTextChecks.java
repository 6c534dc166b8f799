package cn.jixiao.portal.copies;

import cn.jixiao.portal.finding.FindingDraft;
import cn.jixiao.portal.finding.RuleSeverities;
import cn.jixiao.portal.finding.Severity;
import cn.jixiao.portal.project.Project;
import cn.jixiao.portal.report.Report;
import cn.jixiao.portal.report.ReportSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;

/**
 * The checks on a report's own words (issue 12, item 4): paragraphs copied from another report
 * ({@code COPIED_PARAGRAPH}) and text that belongs to another body ({@code FOREIGN_BODY_TEXT}). Run on
 * every narrative save and before publication: the report's paragraph signatures are stored, the
 * findings kept on the report's evaluation ({@link ReportTextFindings}), where {@code /api/findings}
 * lists them and the publication gate sees the blocking ones.
 */
@ApplicationScoped
public class ReportTextChecks {
    public static final String FOREIGN_CODE = "FOREIGN_BODY_TEXT";
    public static final String FOREIGN_DESCRIPTION =
            "报告出现其他单位的名称或自称：以本地区另一部门、另一地区机构的名义或另一类机构的自称（如“我院”）叙述自身" + " (the report speaks as another body)";

    public static final String THEME_CODE = "FOREIGN_THEME";
    public static final String THEME_DESCRIPTION = "报告以本单位名义叙述了不属于本单位的工作领域：如政务服务局称完成高标准农田建设，而本部门既非该领域主管部门、也无该领域项目"
            + " (the report claims work in a field the department has no project in)";

    @Inject
    CopyRules rules;

    @Inject
    ReportTextRules textRules;

    @Inject
    ParagraphStore store;

    @Inject
    BodiesLoader bodies;

    @Inject
    ReportTextFindings findings;

    /** A finding as a rule makes it, with the rule's code and the region's severity for it. */
    public record Found(String code, Severity severity, FindingDraft draft) {}

    /** Stores the report's paragraphs, runs both rules and keeps their findings; returns what was found. */
    @Transactional
    public List<Found> recheck(Report report) {
        List<Found> found = run(report);
        if (report.evaluationId != null) {
            findings.keep(report, found);
        }
        return found;
    }

    List<Found> run(Report report) {
        List<Paragraph> own = Paragraphs.of(report.narratives, rules.minChars());
        List<long[]> bands =
                own.stream().map(p -> MinHash.bandsOf(p.shingles())).toList();
        store.replace(report, own, bands);
        var excluded = new HashSet<Long>();
        excluded.add(report.id);
        if (report.correctsId != null) {
            excluded.add(report.correctsId);
        }
        if (report.evaluationId != null) {
            Report.<Report>list("evaluationId", report.evaluationId).forEach(r -> excluded.add(r.id));
        }
        Function<String, String> heading = code ->
                ReportSection.byCode(code).map(s -> s.heading(report.scope)).orElse(code);
        // the region's severities (a region may raise or lower either rule), read once per check
        RuleSeverities severities = RuleSeverities.current();
        Severity copied = severities.of(textRules.copiedParagraph());
        Severity foreign = severities.of(textRules.foreignBodyText());
        Severity theme = severities.of(textRules.foreignTheme());
        var found = new ArrayList<Found>();
        for (FindingDraft d : CopyFinder.find(
                report.id,
                own,
                bands,
                store.sharingBands(bands, excluded),
                rules.threshold(),
                rules.commonWordingReports(),
                heading)) {
            found.add(new Found(CopyFinder.CODE, copied, d));
        }
        ForeignBodyText.Bodies who = bodies.load(report);
        for (ForeignBodyText.Mention m : ForeignBodyText.find(report.narratives, who)) {
            found.add(new Found(FOREIGN_CODE, foreign, foreign(report, m, heading)));
        }
        for (ForeignTheme.Mention m : ForeignTheme.find(report.narratives, ownNames(report, who), themesHad(report))) {
            found.add(new Found(THEME_CODE, theme, theme(report, m, heading)));
        }
        return found;
    }

    /** The department's names, and the report's publisher when the department has no name on record. */
    static List<String> ownNames(Report report, ForeignBodyText.Bodies who) {
        var names = new ArrayList<String>(who.ownNames());
        if (who.ownFullName() != null && !names.contains(who.ownFullName())) {
            names.add(who.ownFullName());
        }
        if (report.publisher != null && !report.publisher.isBlank() && !names.contains(report.publisher)) {
            names.add(report.publisher);
        }
        return names;
    }

    /** The themes the department has besides its kind's: its projects' names and the report's own title. */
    static List<String> themesHad(Report report) {
        var names = new ArrayList<String>();
        if (report.departmentId != null) {
            Project.listForDepartment(report.departmentId).forEach(p -> names.add(p.name));
        }
        if (report.title != null) {
            names.add(report.title);
        }
        return names;
    }

    static FindingDraft theme(Report report, ForeignTheme.Mention m, Function<String, String> heading) {
        String key = "theme:" + report.id + ":" + m.section() + ":" + Long.toHexString(Shingles.hash64(m.theme()));
        return new FindingDraft(
                key,
                "“" + heading.apply(m.section()) + "”以本单位名义写到“" + m.theme() + "”（“" + m.keyword()
                        + "”），而本部门不主管该领域、也没有这方面的项目，疑为照搬其他单位的报告，请核对：“" + m.sentence()
                        + "” (the report claims a theme the department does not have)",
                FindingDraft.evidence(
                        "section", m.section(),
                        "theme", m.theme(),
                        "keyword", m.keyword(),
                        "sentence", m.sentence()));
    }

    static FindingDraft foreign(Report report, ForeignBodyText.Mention m, Function<String, String> heading) {
        String key = "foreign:" + report.id + ":" + m.section() + ":"
                + m.kind().name().toLowerCase() + ":" + Long.toHexString(Shingles.hash64(m.term()));
        String what = switch (m.kind()) {
            case OTHER_DEPARTMENT -> "提到本地区另一部门“" + m.term() + "”，像是在说该部门自己";
            case OTHER_REGION -> "提到另一地区的机构“" + m.term() + "”";
            case SELF_REFERENCE -> "用了另一类机构的自称“" + m.term() + "”";
        };
        return new FindingDraft(
                key,
                "“" + heading.apply(m.section()) + "”" + what + "，疑为照搬其他单位的报告，请核对：“" + m.sentence()
                        + "” (the text speaks as another body: " + m.kind().name() + ")",
                FindingDraft.evidence(
                        "section", m.section(),
                        "kind", m.kind().name(),
                        "kindLabel", m.kind().label,
                        "term", m.term(),
                        "sentence", m.sentence()));
    }
}

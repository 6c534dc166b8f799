package cn.jixiao.portal.finding.years;

import cn.jixiao.platform.publication.ReportStatus;
import cn.jixiao.portal.budget.DepartmentBudget;
import cn.jixiao.portal.evaluation.Evaluation;
import cn.jixiao.portal.evaluation.EvaluationIndicator;
import cn.jixiao.portal.evaluation.EvaluationItem;
import cn.jixiao.portal.evaluation.EvaluationStatus;
import cn.jixiao.portal.evaluation.sheet.SelfEvaluationTables;
import cn.jixiao.portal.finding.ContextLoader;
import cn.jixiao.portal.finding.EvaluationContext;
import cn.jixiao.portal.finding.narrative.FigureExtractor;
import cn.jixiao.portal.finding.narrative.Lexicon;
import cn.jixiao.portal.finding.narrative.NarrativeFacts;
import cn.jixiao.portal.finding.narrative.StatedFigure;
import cn.jixiao.portal.project.Project;
import cn.jixiao.portal.report.Report;
import cn.jixiao.portal.report.ReportSection;
import cn.jixiao.portal.target.TargetIndicator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads this year's evaluation, its reports, and last year's evaluation of the same subject (the same
 * project, or a project of the department with the same budget code or name; for a department's whole
 * spending, the department's) as the across-years rules need them.
 */
@ApplicationScoped
public class YearInputLoader {
    @Inject
    ContextLoader contexts;

    @Inject
    SelfEvaluationTables tables;

    @Transactional(Transactional.TxType.MANDATORY)
    public YearInput load(Evaluation e) {
        List<Evaluation> previous = lastYearsOf(e);
        if (previous.isEmpty()) {
            return new YearInput(e.year, null, null, null, null, null, null, null);
        }
        List<EvaluationIndicator> own = EvaluationIndicator.ofEvaluation(e.id);
        List<IndicatorFact> indicators = leaves(own);
        LastYear last = null;
        List<EvaluationIndicator> lastAll = List.of();
        var carried = new ArrayList<YearInput.CarriedFigure>();
        if (!previous.isEmpty()) {
            Evaluation chosen = previous.stream()
                    .max(Comparator.comparing((Evaluation p) -> p.status == EvaluationStatus.APPROVED)
                            .thenComparing(p -> p.id))
                    .orElseThrow();
            lastAll = EvaluationIndicator.ofEvaluation(chosen.id);
            List<IndicatorFact> lastLeaves = leaves(lastAll);
            EvaluationContext context = contexts.load(chosen, contexts.settings());
            DepartmentBudget lastBooks = e.projectId == null
                    ? DepartmentBudget.findFor(e.departmentId, chosen.year).orElse(null)
                    : null;
            String label = chosen.year + "年度" + chosen.kind.label() + "（评价 #" + chosen.id + "）";
            var items = new ArrayList<ItemFact>();
            for (Evaluation p : previous) {
                EvaluationItem.ofEvaluation(p.id).forEach(i -> items.add(item(i)));
            }
            last = new LastYear(
                    chosen.id,
                    chosen.year,
                    label,
                    LastYearFacts.of(tables.of(chosen), context, lastLeaves, lastBooks),
                    lastLeaves,
                    items);
            if (lastBooks != null && lastBooks.threePublicActual != null) {
                DepartmentBudget books =
                        DepartmentBudget.findFor(e.departmentId, e.year).orElse(null);
                if (books != null && books.threePublicLastYearActual != null) {
                    carried.add(new YearInput.CarriedFigure(
                            "books:threePublicLastYear",
                            "上年三公经费支出",
                            books.threePublicLastYearActual,
                            e.year + "年部门账簿",
                            lastBooks.threePublicActual,
                            chosen.year + "年部门账簿的三公经费实际支出"));
                }
            }
        }
        List<String> targetNames = e.targetId == null
                ? List.of()
                : TargetIndicator.ofTarget(e.targetId).stream().map(t -> t.name).toList();
        List<ItemFact> items = EvaluationItem.ofEvaluation(e.id).stream()
                .map(YearInputLoader::item)
                .toList();
        var notes = new ArrayList<String>();
        if (e.goalAchieved != null) {
            notes.add(e.goalAchieved);
        }
        Lexicon lexicon = lexicon(own, lastAll);
        var reports = new ArrayList<YearInput.ReportText>();
        if (last != null) {
            for (Report r : Report.<Report>list(
                    "evaluationId = ?1 and status <> ?2 order by id", e.id, ReportStatus.WITHDRAWN)) {
                reports.add(report(r, lexicon));
            }
        }
        // this year's figures by the same keys, for the changes the reports state against last year
        NarrativeFacts thisYear = reports.isEmpty()
                ? null
                : LastYearFacts.of(
                        tables.of(e),
                        contexts.load(e, contexts.settings()),
                        indicators,
                        e.projectId == null
                                ? DepartmentBudget.findFor(e.departmentId, e.year)
                                        .orElse(null)
                                : null);
        return new YearInput(e.year, reports, indicators, targetNames, items, notes, carried, last, thisYear);
    }

    /** Last year's evaluations of the same subject, of any kind. */
    static List<Evaluation> lastYearsOf(Evaluation e) {
        if (e.projectId == null) {
            return Evaluation.list("departmentId = ?1 and projectId is null and year = ?2", e.departmentId, e.year - 1);
        }
        Set<Long> projects = new HashSet<>();
        projects.add(e.projectId);
        Optional<Project> project = Project.findByIdOptional(e.projectId);
        project.ifPresent(p -> Project.<Project>list(
                        "departmentId = ?1 and (name = ?2 or (budgetCode is not null and budgetCode = ?3))",
                        p.departmentId,
                        p.name,
                        p.budgetCode == null ? "" : p.budgetCode)
                .forEach(other -> projects.add(other.id)));
        return Evaluation.list(
                "departmentId = ?1 and projectId in ?2 and year = ?3", e.departmentId, projects, e.year - 1);
    }

    static YearInput.ReportText report(Report r, Lexicon lexicon) {
        var extractor = new FigureExtractor(lexicon);
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, String> narratives = new LinkedHashMap<>();
        var figures = new ArrayList<StatedFigure>();
        for (ReportSection s : ReportSection.values()) {
            titles.put(s.code, s.heading(r.scope));
            String text = r.narrative(s);
            if (text != null && !text.isBlank()) {
                narratives.put(s.code, text);
                figures.addAll(extractor.extract(s.code, text));
            }
        }
        return new YearInput.ReportText(r.id, titles, narratives, figures);
    }

    /** The narrative lexicon with both years' level and indicator names and last year's 三公经费. */
    static Lexicon lexicon(List<EvaluationIndicator> own, List<EvaluationIndicator> last) {
        var levels = new ArrayList<String>();
        var names = new ArrayList<Lexicon.Indicator>();
        for (List<EvaluationIndicator> year : List.of(own, last)) {
            for (EvaluationIndicator i : year) {
                if (i.parentId == null) {
                    levels.add(i.name);
                }
                names.add(new Lexicon.Indicator(i.name, i.unit));
            }
        }
        names.add(new Lexicon.Indicator(LastYearFacts.THREE_PUBLIC_SPENT, "万元"));
        return Lexicon.of(levels, names);
    }

    static List<IndicatorFact> leaves(List<EvaluationIndicator> all) {
        Set<Long> parents = new HashSet<>();
        Map<Long, EvaluationIndicator> byId = new LinkedHashMap<>();
        for (EvaluationIndicator i : all) {
            byId.put(i.id, i);
            if (i.parentId != null) {
                parents.add(i.parentId);
            }
        }
        var out = new ArrayList<IndicatorFact>();
        for (EvaluationIndicator i : all) {
            if (parents.contains(i.id)) {
                continue;
            }
            var path = new ArrayList<String>();
            EvaluationIndicator current = i;
            for (int guard = 0; guard < 5 && current != null; guard++) {
                path.add(0, current.name);
                current = current.parentId == null ? null : byId.get(current.parentId);
            }
            String notes = String.join(
                    "；",
                    java.util.stream.Stream.of(i.deviationReason, i.scoreReason)
                            .filter(s -> s != null && !s.isBlank())
                            .toList());
            out.add(new IndicatorFact(
                    i.id,
                    i.name,
                    String.join(" › ", path),
                    i.recordKey == null ? null : i.recordKey.name(),
                    i.comparator,
                    i.targetValue,
                    i.actualValue,
                    i.unit,
                    i.weight,
                    i.score(),
                    notes.isEmpty() ? null : notes));
        }
        return out;
    }

    static ItemFact item(EvaluationItem i) {
        return new ItemFact(
                i.id,
                i.kind.name(),
                i.text,
                i.ownerName,
                i.dueOn,
                i.status == null ? null : i.status.name(),
                i.status == null ? null : i.status.label(),
                i.doneOn,
                i.note,
                i.carriedFromId);
    }
}

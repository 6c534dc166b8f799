package cn.jixiao.portal.evaluation.web;

import cn.jixiao.platform.publication.EvaluationKind;
import cn.jixiao.platform.publication.Grade;
import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.department.Department;
import cn.jixiao.portal.evaluation.Evaluation;
import cn.jixiao.portal.evaluation.EvaluationIndicator;
import cn.jixiao.portal.evaluation.EvaluationItem;
import cn.jixiao.portal.evaluation.EvaluationRights;
import cn.jixiao.portal.evaluation.EvaluationStatus;
import cn.jixiao.portal.evaluation.ItemKind;
import cn.jixiao.portal.evaluation.ItemStatus;
import cn.jixiao.portal.evaluation.OpinionRole;
import cn.jixiao.portal.evaluation.review.ReviewView;
import cn.jixiao.portal.evaluation.sheet.SelfEvaluationTables;
import cn.jixiao.portal.evaluation.web.EvaluationDetailView.EvaluatorLine;
import cn.jixiao.portal.evaluation.web.EvaluationDetailView.FindingLine;
import cn.jixiao.portal.evaluation.web.EvaluationDetailView.Group;
import cn.jixiao.portal.evaluation.web.EvaluationDetailView.IndicatorLine;
import cn.jixiao.portal.evaluation.web.EvaluationDetailView.ItemLine;
import cn.jixiao.portal.evaluation.web.EvaluationDetailView.LevelCard;
import cn.jixiao.portal.evaluation.web.EvaluationDetailView.OpinionSlot;
import cn.jixiao.portal.evaluation.web.EvaluationDetailView.SubGroup;
import cn.jixiao.portal.evaluation.web.EvaluationListView.ProjectChoice;
import cn.jixiao.portal.evaluation.web.EvaluationListView.Row;
import cn.jixiao.portal.evaluation.web.EvaluationListView.StartForm;
import cn.jixiao.portal.finding.Finding;
import cn.jixiao.portal.finding.FindingState;
import cn.jixiao.portal.indicator.IndicatorTemplate;
import cn.jixiao.portal.project.Project;
import cn.jixiao.portal.region.FiscalYears;
import cn.jixiao.portal.web.Option;
import cn.jixiao.portal.web.Paged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads what the evaluation pages show, under the same rules as the API (EvaluationRights). */
@ApplicationScoped
public class EvaluationPageService {
    static final int PAGE_SIZE = 25;

    @Inject
    EvaluationRights rights;

    @Inject
    Access access;

    @Inject
    FiscalYears fiscalYears;

    @Transactional
    public EvaluationListView list(
            Integer askedYear, Long departmentId, EvaluationKind kind, EvaluationStatus status, String sort, int page) {
        List<Integer> years = Evaluation.<Evaluation>listAll().stream()
                .filter(rights::canRead)
                .map(e -> e.year)
                .distinct()
                .toList();
        int year = askedYear != null
                ? askedYear
                : years.stream().max(Integer::compare).orElse(fiscalYears.current());
        Map<Long, String> departments = departmentNames();
        Map<Long, String> projects = new HashMap<>();
        List<Evaluation> readable =
                Evaluation.ofYear(year).stream().filter(rights::canRead).toList();
        for (Evaluation e : readable) {
            if (e.projectId != null) {
                projects.computeIfAbsent(
                        e.projectId,
                        id -> Project.<Project>findByIdOptional(id)
                                .map(p -> p.name)
                                .orElse("—"));
            }
        }
        List<Row> all =
                readable.stream().map(e -> row(e, departments, projects)).toList();
        List<Row> matching = all.stream()
                .filter(r -> departmentId == null || r.departmentId() == departmentId)
                .filter(r -> kind == null || r.kind().equals(kind.name()))
                .filter(r -> status == null || r.status().equals(status.name()))
                .sorted(order(sort))
                .toList();
        int from = Math.min(page * PAGE_SIZE, matching.size());
        int to = Math.min(from + PAGE_SIZE, matching.size());
        var paged = new Paged<>(matching.subList(from, to), matching.size(), page, PAGE_SIZE, sortKey(sort));

        var filter = new StringBuilder("&year=" + year);
        if (departmentId != null) {
            filter.append("&departmentId=").append(departmentId);
        }
        if (kind != null) {
            filter.append("&kind=").append(kind.name());
        }
        if (status != null) {
            filter.append("&status=").append(status.name());
        }
        String pagerBase = "?sort=" + URLEncoder.encode(sortKey(sort), StandardCharsets.UTF_8) + filter + "&";

        List<Option> departmentOptions = all.stream()
                .map(r -> Map.entry(r.departmentId(), r.departmentName()))
                .distinct()
                .sorted(Map.Entry.comparingByValue())
                .map(d ->
                        new Option(String.valueOf(d.getKey()), d.getValue(), Objects.equals(d.getKey(), departmentId)))
                .toList();
        List<Option> kinds = Arrays.stream(EvaluationKind.values())
                .map(k -> new Option(k.name(), k.label(), k == kind))
                .toList();
        List<Option> statuses = Arrays.stream(EvaluationStatus.values())
                .map(s -> new Option(s.name(), s.label(), s == status))
                .toList();
        return new EvaluationListView(
                year,
                fiscalYears.choices(year, years),
                paged,
                departmentOptions,
                kinds,
                statuses,
                sortKey(sort),
                filter.toString(),
                pagerBase,
                departmentId != null || kind != null || status != null,
                chart(matching),
                startForm(year));
    }

    @Transactional
    public EvaluationDetailView detail(long id) {
        Evaluation e = rights.readable(id);
        boolean fills = rights.canEdit(e);
        boolean editable = e.status.editable();
        boolean finance = access.isFinanceReviewer();
        List<EvaluationIndicator> all = EvaluationIndicator.ofEvaluation(e.id);
        Map<Long, List<EvaluationIndicator>> children = new LinkedHashMap<>();
        for (EvaluationIndicator i : all) {
            children.computeIfAbsent(i.parentId, k -> new ArrayList<>()).add(i);
        }
        var levels = new ArrayList<LevelCard>();
        var groups = new ArrayList<Group>();
        for (EvaluationIndicator l1 : children.getOrDefault(null, List.of())) {
            BigDecimal l1Score = scoreOf(l1, children);
            levels.add(new LevelCard(l1.name, l1.weight, l1Score));
            var subgroups = new ArrayList<SubGroup>();
            List<EvaluationIndicator> l2s = children.getOrDefault(l1.id, List.of());
            if (l2s.isEmpty()) {
                subgroups.add(new SubGroup(null, null, List.of(line(l1))));
            }
            for (EvaluationIndicator l2 : l2s) {
                List<EvaluationIndicator> l3s = children.getOrDefault(l2.id, List.of());
                subgroups.add(new SubGroup(
                        l2.name,
                        l2.weight,
                        l3s.isEmpty()
                                ? List.of(line(l2))
                                : l3s.stream().map(EvaluationPageService::line).toList()));
            }
            groups.add(new Group(l1.name, l1.weight, l1Score, subgroups));
        }
        List<FindingLine> findings = Finding.ofEvaluation(e.id).stream()
                .filter(f -> f.state != FindingState.FIXED)
                .map(f -> new FindingLine(
                        f.code,
                        f.severity.name(),
                        f.severity.label(),
                        f.message,
                        f.state.label(),
                        f.state == FindingState.EXPLAINED,
                        f.explanation))
                .toList();
        List<ItemLine> items = EvaluationItem.ofEvaluation(e.id).stream()
                .map(i -> new ItemLine(
                        i.id,
                        i.kind.name(),
                        i.kind.label(),
                        i.text,
                        i.ownerName,
                        i.dueOn,
                        i.status == null ? null : i.status.label(),
                        i.carriedFromId != null,
                        i.version))
                .toList();
        ReviewView review = ReviewView.of(e);
        var evaluatorRows = new ArrayList<EvaluatorLine>();
        review.evaluators()
                .forEach(v -> evaluatorRows.add(new EvaluatorLine(v.name(), v.title(), v.unit(), v.leader())));
        while (evaluatorRows.size() < 3) {
            evaluatorRows.add(new EvaluatorLine("", "", "", false));
        }
        var opinions = new ArrayList<OpinionSlot>();
        for (OpinionRole role : OpinionRole.values()) {
            var given = review.opinions().stream()
                    .filter(o -> o.role().equals(role.name()))
                    .findFirst()
                    .orElse(null);
            boolean canSign = role == OpinionRole.FINANCE
                    ? finance && e.status != EvaluationStatus.APPROVED
                    : editable && rights.signsForDepartment(e);
            opinions.add(new OpinionSlot(role.name(), label(role), signer(role), given, canSign));
        }
        Grade grade = e.grade;
        return new EvaluationDetailView(
                e.id,
                subjectName(e),
                e.departmentId,
                departmentNames().getOrDefault(e.departmentId, "—"),
                e.projectId,
                e.year,
                e.kind.label(),
                e.status.name(),
                e.status.label(),
                e.version,
                e.totalScore,
                grade == null ? null : grade.name(),
                grade == null ? null : grade.label(),
                e.templateName,
                e.evaluatorName,
                e.reportDate,
                e.overallGoal,
                e.goalAchieved,
                fills && editable,
                fills && editable,
                finance && e.status == EvaluationStatus.SUBMITTED,
                levels,
                groups,
                findings,
                items,
                Arrays.stream(ItemKind.values())
                        .map(k -> new Option(k.name(), k.label(), false))
                        .toList(),
                Arrays.stream(ItemStatus.values())
                        .map(s -> new Option(s.name(), s.label(), false))
                        .toList(),
                review,
                evaluatorRows,
                opinions);
    }

    private static String label(OpinionRole role) {
        return role == OpinionRole.FINANCE ? "财政部门归口业务科室意见" : role.label();
    }

    private static String signer(OpinionRole role) {
        return switch (role) {
            case PROJECT_UNIT -> "项目单位负责人（签章）";
            case COMPETENT_DEPARTMENT -> "主管部门负责人（签章）";
            case FINANCE -> "财政部门归口业务科室负责人（签章）";
        };
    }

    private static IndicatorLine line(EvaluationIndicator i) {
        return new IndicatorLine(
                i.id,
                i.name,
                i.weight,
                i.rule == null ? null : i.rule.label(),
                i.criteria,
                SelfEvaluationTables.target(i),
                SelfEvaluationTables.actual(i),
                i.actualValue,
                i.actualText,
                i.computedScore,
                i.manualScore,
                i.scoreReason,
                i.score(),
                i.deviationReason,
                i.evidenceRequired,
                i.version);
    }

    /** A leaf's score, or the sum of its leaves' (null when none is scored yet). */
    private static BigDecimal scoreOf(EvaluationIndicator i, Map<Long, List<EvaluationIndicator>> children) {
        List<EvaluationIndicator> below = children.getOrDefault(i.id, List.of());
        if (below.isEmpty()) {
            return i.score();
        }
        BigDecimal total = null;
        for (EvaluationIndicator c : below) {
            BigDecimal s = scoreOf(c, children);
            if (s != null) {
                total = total == null ? s : total.add(s);
            }
        }
        return total;
    }

    private String subjectName(Evaluation e) {
        if (e.projectId != null) {
            return Project.<Project>findByIdOptional(e.projectId)
                    .map(p -> p.name)
                    .orElse("—");
        }
        return departmentNames().getOrDefault(e.departmentId, "—") + "部门整体支出";
    }

    private static Row row(Evaluation e, Map<Long, String> departments, Map<Long, String> projects) {
        String department = departments.getOrDefault(e.departmentId, "—");
        return new Row(
                e.id,
                e.projectId == null ? department + "部门整体支出" : projects.get(e.projectId),
                e.departmentId,
                department,
                e.projectId,
                e.kind.name(),
                e.kind.label(),
                e.status.name(),
                e.status.label(),
                e.totalScore,
                e.grade == null ? null : e.grade.name(),
                e.grade == null ? null : e.grade.label());
    }

    static String sortKey(String sort) {
        return switch (sort == null ? "" : sort) {
            case "score", "-score", "status", "department", "kind" -> sort;
            default -> "subject";
        };
    }

    private static Comparator<Row> order(String sort) {
        Comparator<Row> bySubject = Comparator.comparing(Row::subjectName, Comparator.nullsLast(String::compareTo));
        return switch (sortKey(sort)) {
            case "score" ->
                Comparator.comparing(Row::totalScore, Comparator.nullsFirst(BigDecimal::compareTo))
                        .thenComparing(bySubject);
            case "-score" ->
                Comparator.comparing(Row::totalScore, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
                        .thenComparing(bySubject);
            case "status" -> Comparator.comparing(Row::status).thenComparing(bySubject);
            case "department" -> Comparator.comparing(Row::departmentName).thenComparing(bySubject);
            case "kind" -> Comparator.comparing(Row::kind).thenComparing(bySubject);
            default -> bySubject;
        };
    }

    private static ScoreChart chart(List<Row> rows) {
        Map<String, List<BigDecimal>> byDepartment = new LinkedHashMap<>();
        rows.stream()
                .filter(r -> r.totalScore() != null)
                .sorted(Comparator.comparing(Row::departmentName))
                .forEach(r -> byDepartment
                        .computeIfAbsent(r.departmentName(), k -> new ArrayList<>())
                        .add(r.totalScore()));
        var entries = new ArrayList<ScoreChart.Entry>();
        byDepartment.forEach((name, scores) -> {
            BigDecimal avg = scores.stream()
                    .reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
            Grade g = Grade.forScore(avg);
            entries.add(
                    new ScoreChart.Entry(name, avg, g == null ? "" : g.name().toLowerCase()));
        });
        return ScoreChart.of(entries);
    }

    private StartForm startForm(int year) {
        var kinds = new ArrayList<Option>();
        boolean editor = access.isDepartmentEditor();
        if (editor) {
            kinds.add(new Option(EvaluationKind.SELF.name(), EvaluationKind.SELF.label(), true));
            kinds.add(new Option(EvaluationKind.THIRD_PARTY.name(), EvaluationKind.THIRD_PARTY.label(), false));
        }
        if (access.isFinanceReviewer()) {
            kinds.add(new Option(EvaluationKind.FINANCE_REVIEW.name(), EvaluationKind.FINANCE_REVIEW.label(), !editor));
        }
        if (kinds.isEmpty()) {
            return null;
        }
        List<Department> departments = Department.<Department>list("active = true order by name").stream()
                .filter(d -> access.isFinanceReviewer() || access.isOwnDepartment(d.id))
                .toList();
        var departmentOptions = departments.stream()
                .map(d -> new Option(String.valueOf(d.id), d.name, access.isOwnDepartment(d.id)))
                .toList();
        var ids = departments.stream().map(d -> d.id).toList();
        List<ProjectChoice> projects = ids.isEmpty()
                ? List.of()
                : Project.<Project>list("departmentId in ?1 order by year desc, name", ids).stream()
                        .map(p -> new ProjectChoice(p.id, p.name + "（" + p.year + "）", p.departmentId, p.year))
                        .toList();
        var templates = IndicatorTemplate.<IndicatorTemplate>list("active = true order by name").stream()
                .map(t -> new Option(String.valueOf(t.id), t.name, false))
                .toList();
        return new StartForm(year, departmentOptions, projects, kinds, templates);
    }

    private static Map<Long, String> departmentNames() {
        Map<Long, String> names = new HashMap<>();
        Department.<Department>listAll().forEach(d -> names.put(d.id, d.name));
        return names;
    }
}

package cn.jixiao.portal.finding;

import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.access.ReadScope;
import cn.jixiao.portal.audit.AuditTrail;
import cn.jixiao.portal.copies.ReportTextRules;
import cn.jixiao.portal.department.Department;
import cn.jixiao.portal.evaluation.Evaluation;
import cn.jixiao.portal.region.RegionSettings;
import cn.jixiao.portal.web.QueryParams;
import cn.jixiao.portal.web.Refusals;
import cn.jixiao.portal.web.Versions;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of the checks for people: the list a finance reviewer filters across every department
 * (a department's people see their own department's), the explanation a finance reviewer gives, and the
 * recheck of a whole region's year.
 */
@ApplicationScoped
public class FindingService {
    static final String ENTITY = "Finding";
    static final String NOT_FOUND = "核查发现不存在 (no such finding)";
    static final String ONLY_FINANCE = "只有财政审核人可以说明核查发现 (only a finance reviewer may explain a finding)";
    static final String ONLY_FINANCE_RECHECK =
            "只有财政审核人可以重新核查全地区的评价 (only a finance reviewer may recheck the whole region)";
    static final int BATCH = 50;
    static final String FIXED = "该发现已纠正，无需说明 (this finding is fixed; there is nothing to explain)";

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    EvaluationChecks checks;

    @Inject
    ContextLoader loader;

    @Inject
    ReportTextRules textRules;

    @Transactional
    public FindingList page(FindingFilter filter, int page, int size) {
        var where = where(filter);
        String query = where.query();
        Map<String, Object> params = where.parameters().map();
        List<Finding> rows = Finding.<Finding>find(
                        "from Finding f where " + query
                                + " order by f.year desc, f.severity, f.state, f.departmentId, f.evaluationId, f.code, f.id",
                        params)
                .page(Page.of(page, size))
                .list();
        long total = Finding.count("from Finding f where " + query, params);
        Map<Long, String> departments = departmentNames();
        var byCode = new ArrayList<FindingList.CodeCount>();
        for (Object[] r : group("f.code", query, params)) {
            byCode.add(new FindingList.CodeCount((String) r[0], FindingView.checkLabel((String) r[0]), (Long) r[1]));
        }
        var byDepartment = new ArrayList<FindingList.DepartmentCount>();
        for (Object[] r : group("f.departmentId", query, params)) {
            Long id = (Long) r[0];
            byDepartment.add(new FindingList.DepartmentCount(id, departments.get(id), (Long) r[1]));
        }
        Map<Long, String> subjects =
                subjectNames(rows.stream().map(f -> f.evaluationId).toList());
        var items = rows.stream()
                .map(f -> FindingView.of(f, subjects.get(f.evaluationId), departments.get(f.departmentId)))
                .toList();
        return new FindingList(items, total, page, size, byCode, byDepartment);
    }

    @Transactional
    public FindingView view(long id) {
        Finding finding = readable(id);
        return view(finding);
    }

    @Transactional
    public FindingView explain(long id, ExplainInput input) {
        if (!access.isFinanceReviewer()) {
            throw new ForbiddenException(ONLY_FINANCE);
        }
        Finding finding = readable(id);
        Versions.require(input.version(), finding.version);
        return explain(finding, input.explanation(), access.actor());
    }

    /**
     * The demo loader's explanation at start, as the region's finance review would write it: the same
     * state, fields and audit row as {@link #explain(long, ExplainInput)}, for a named actor.
     */
    @Transactional
    public FindingView explainAs(String actor, long id, String explanation) {
        Finding finding = Finding.<Finding>findByIdOptional(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        return explain(finding, explanation, actor);
    }

    private FindingView explain(Finding finding, String explanation, String actor) {
        if (finding.state == FindingState.FIXED) {
            throw Refusals.conflict("fixed", FIXED);
        }
        FindingView before = view(finding);
        finding.state = FindingState.EXPLAINED;
        finding.explanation = explanation.strip();
        finding.explainedBy = actor;
        finding.explainedAt = OffsetDateTime.now();
        Finding.flush();
        FindingView after = view(finding);
        audit.recordAs(actor, "EXPLAIN", ENTITY, finding.id, before, after);
        return after;
    }

    /**
     * Reruns every check of every evaluation of the year in the region (a finance reviewer's job), 50
     * evaluations to a transaction: a region of 1,000 projects neither holds one long transaction nor
     * commits a thousand times.
     */
    public RecheckResult recheckYear(int year) {
        if (!access.isFinanceReviewer()) {
            throw new ForbiddenException(ONLY_FINANCE_RECHECK);
        }
        long started = System.nanoTime();
        var settings = QuarkusTransaction.requiringNew().call(loader::settings);
        List<Long> ids = QuarkusTransaction.requiringNew()
                .call(() -> Evaluation.ofYear(year).stream().map(e -> e.id).toList());
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            QuarkusTransaction.requiringNew().run(() -> {
                for (Evaluation evaluation : Evaluation.<Evaluation>list("id in ?1", batch)) {
                    checks.recheck(loader.load(evaluation, settings));
                }
            });
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            long open = Finding.count("year = ?1 and state = ?2", year, FindingState.OPEN);
            long blocking = Finding.count(
                    "year = ?1 and state = ?2 and severity = ?3", year, FindingState.OPEN, Severity.BLOCKING);
            return new RecheckResult(year, ids.size(), open, blocking, (System.nanoTime() - started) / 1_000_000);
        });
    }

    /** Reruns the checks of one evaluation: its department's editors and finance reviewers. */
    @Transactional
    public List<FindingView> recheckEvaluation(long evaluationId) {
        Evaluation evaluation = Evaluation.<Evaluation>findByIdOptional(evaluationId)
                .orElseThrow(() -> new NotFoundException(ContextLoader.NOT_FOUND));
        if (!access.isFinanceReviewer()) {
            access.requireEditDepartment(evaluation.departmentId);
        }
        checks.recheck(loader.load(evaluation, loader.settings()));
        Map<Long, String> departments = departmentNames();
        Map<Long, String> subjects = subjectNames(List.of(evaluationId));
        return Finding.ofEvaluation(evaluationId).stream()
                .map(f -> FindingView.of(f, subjects.get(f.evaluationId), departments.get(f.departmentId)))
                .toList();
    }

    /** Every rule with the severity it has in this region, and the version of the region's settings. */
    @Transactional
    public List<FindingApi.CheckView> rules() {
        RuleSeverities severities = RuleSeverities.current();
        int version = RegionSettings.currentVersion();
        return java.util.stream.Stream.concat(Checks.RULES.stream(), textRules.all().stream())
                .map(r -> {
                    Severity s = severities.of(r);
                    return new FindingApi.CheckView(
                            r.code(),
                            s.name(),
                            s.label(),
                            r.description(),
                            r.severity().name(),
                            version);
                })
                .toList();
    }

    /**
     * A region raises or lowers a rule's severity (finance reviewer or region admin). It applies from the
     * next recheck of each evaluation or save of each report; findings already kept keep theirs until then.
     */
    @Transactional
    public FindingApi.CheckView setSeverity(String code, SeverityInput input) {
        access.requireRegionSettingsKeeper("核查规则的严重程度");
        Rule rule = Checks.ruleByCode(code)
                .or(() -> textRules.byCode(code))
                .orElseThrow(() -> new NotFoundException("没有这项核查 (no such check): " + code));
        Severity chosen = QueryParams.choice("severity", "严重程度", input.severity(), Severity.class);
        Versions.require(input.version(), RegionSettings.currentVersion());
        RegionSettings settings = RegionSettings.forUpdate();
        Map<String, String> before = settings.checkSeverity == null ? Map.of() : settings.checkSeverity;
        Map<String, String> next = new LinkedHashMap<>(before);
        if (chosen == rule.severity()) {
            next.remove(code);
        } else {
            next.put(code, chosen.name());
        }
        settings.checkSeverity = next;
        settings.save();
        audit.record(
                "SEVERITY", "RegionSettings", null, Map.of("checkSeverity", before), Map.of("checkSeverity", next));
        return new FindingApi.CheckView(
                rule.code(),
                chosen.name(),
                chosen.label(),
                rule.description(),
                rule.severity().name(),
                settings.version);
    }

    private Finding readable(long id) {
        Finding finding = Finding.<Finding>findByIdOptional(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (finding.departmentId == null || !access.canReadDepartment(finding.departmentId)) {
            throw new ForbiddenException("无权查看其他部门的核查发现 (you may not read another department's findings)");
        }
        return finding;
    }

    private FindingView view(Finding f) {
        String department = f.departmentId == null
                ? null
                : Department.<Department>findByIdOptional(f.departmentId)
                        .map(d -> d.name)
                        .orElse(null);
        // the books findings belong to no evaluation
        String subject = f.evaluationId == null
                ? null
                : subjectNames(List.of(f.evaluationId)).get(f.evaluationId);
        return FindingView.of(f, subject, department);
    }

    /** The list's conditions: the user's scope (own department, or the region), then the filter. */
    private ReadScope.Where where(FindingFilter filter) {
        ReadScope scope = access.listScope(filter.departmentId());
        var where = new ReadScope.Where(new ArrayList<>(), new Parameters());
        if (scope.nothing() || scope.assignee() != null) {
            // evaluators read projects assigned to them, not the region's findings
            where.terms().add("1 = 0");
        }
        where.and("f.departmentId = :department", "department", scope.departmentId());
        where.and("f.year = :year", "year", filter.year());
        where.and("f.code = :code", "code", filter.code());
        where.and("f.severity = :severity", "severity", filter.severity());
        where.and("f.state = :state", "state", filter.state());
        where.and("f.evaluationId = :evaluation", "evaluation", filter.evaluationId());
        return where;
    }

    private static List<Object[]> group(String column, String query, Map<String, Object> params) {
        var q = Panache.getEntityManager()
                .createQuery(
                        "select " + column + ", count(f) from Finding f where " + query + " group by " + column
                                + " order by count(f) desc, " + column,
                        Object[].class);
        params.forEach(q::setParameter);
        return q.getResultList();
    }

    private static Map<Long, String> departmentNames() {
        var names = new HashMap<Long, String>();
        Department.<Department>listAll().forEach(d -> names.put(d.id, d.name));
        return names;
    }

    /** The evaluated subject of each evaluation: its project's name, or its department's. */
    @SuppressWarnings("unchecked")
    private static Map<Long, String> subjectNames(Collection<Long> evaluationIds) {
        var names = new HashMap<Long, String>();
        var ids = evaluationIds.stream().filter(id -> id != null).distinct().toList();
        if (ids.isEmpty()) {
            return names;
        }
        List<Object[]> rows = Panache.getEntityManager()
                .createQuery(
                        "select e.id, p.name, d.name from Evaluation e join Department d on d.id = e.departmentId"
                                + " left join Project p on p.id = e.projectId where e.id in :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList();
        for (Object[] r : rows) {
            names.put((Long) r[0], r[1] != null ? (String) r[1] : r[2] + "（部门整体支出）");
        }
        return names;
    }
}

package cn.jixiao.portal.finding.books;

import cn.jixiao.portal.contract.Contract;
import cn.jixiao.portal.contract.ThresholdService;
import cn.jixiao.portal.evaluation.Evaluation;
import cn.jixiao.portal.project.Expenditure;
import cn.jixiao.portal.project.Project;
import cn.jixiao.portal.project.ProjectStatus;
import cn.jixiao.portal.region.Today;
import cn.jixiao.portal.target.TargetStatus;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a region's books for a year, once for all the books rules, inside the caller's transaction and
 * under the region's locks (ORM filter and row-level security): a dozen queries whatever the number of
 * projects.
 */
@ApplicationScoped
public class BooksLoader {
    @Inject
    ThresholdService threshold;

    @Inject
    Today today;

    public Books load(int year) {
        return load(year, today.get());
    }

    public Books load(int year, LocalDate asOf) {
        List<Project> projects = Project.list("year = ?1 and status <> ?2 order by id", year, ProjectStatus.CANCELLED);
        Map<Long, Project> byId = new HashMap<>();
        projects.forEach(p -> byId.put(p.id, p));

        Map<Long, BigDecimal> planned = new HashMap<>();
        for (Object[] r : rows(
                "select f.projectId, sum(f.planned) from ProjectFund f, Project p"
                        + " where p.id = f.projectId and p.year = :year group by f.projectId",
                year)) {
            planned.put((Long) r[0], (BigDecimal) r[1]);
        }
        var projectLines = projects.stream()
                .map(p -> new Books.ProjectLine(
                        p.id,
                        p.departmentId,
                        p.name,
                        p.budgetCode,
                        planned.getOrDefault(p.id, BigDecimal.ZERO),
                        p.economicClasses))
                .toList();

        Set<Long> approved = new HashSet<>(Panache.getEntityManager()
                .createQuery(
                        "select distinct t.projectId from PerformanceTarget t"
                                + " where t.year = :year and t.status = :status and t.projectId is not null",
                        Long.class)
                .setParameter("year", year)
                .setParameter("status", TargetStatus.APPROVED)
                .getResultList());

        Set<Long> evaluatedProjects = new HashSet<>();
        Set<Long> evaluatedDepartments = new HashSet<>();
        for (Evaluation e : Evaluation.<Evaluation>list("year", year)) {
            if (e.projectId != null) {
                evaluatedProjects.add(e.projectId);
            } else {
                evaluatedDepartments.add(e.departmentId);
            }
        }

        return new Books(
                year,
                asOf,
                threshold.threshold(),
                projectLines,
                approved,
                evaluatedProjects,
                evaluatedDepartments,
                contracts(year, byId),
                expenditures(year, byId),
                steps(year));
    }

    /** The contracts of the year: of its projects, or outside projects and signed or paid in the year. */
    private static List<Books.ContractLine> contracts(int year, Map<Long, Project> projects) {
        List<Contract> contracts = Contract.list(
                "from Contract c where c.projectId in (select p.id from Project p where p.year = ?1)"
                        + " or (c.projectId is null and (extract(year from c.signedOn) = ?1"
                        + " or c.id in (select x.contractId from Payment x where extract(year from x.paidOn) = ?1)))"
                        + " order by c.id",
                year);
        if (contracts.isEmpty()) {
            return List.of();
        }
        Map<Long, BigDecimal> inYear = new HashMap<>();
        Map<Long, BigDecimal> total = new HashMap<>();
        List<Object[]> payments = Panache.getEntityManager()
                .createQuery(
                        "select x.contractId, x.paidOn, x.amount from Payment x where x.contractId in :ids",
                        Object[].class)
                .setParameter("ids", contracts.stream().map(c -> c.id).toList())
                .getResultList();
        for (Object[] r : payments) {
            Long id = (Long) r[0];
            BigDecimal amount = (BigDecimal) r[2];
            total.merge(id, amount, BigDecimal::add);
            if (((LocalDate) r[1]).getYear() == year) {
                inYear.merge(id, amount, BigDecimal::add);
            }
        }
        var lines = new ArrayList<Books.ContractLine>();
        for (Contract c : contracts) {
            Project p = c.projectId == null ? null : projects.get(c.projectId);
            lines.add(new Books.ContractLine(
                    c.id,
                    c.departmentId,
                    c.projectId,
                    p == null ? null : p.name,
                    c.contractNo,
                    c.title,
                    c.vendor,
                    c.amount,
                    c.procurementMethod,
                    c.purchasedService,
                    inYear.getOrDefault(c.id, BigDecimal.ZERO),
                    total.getOrDefault(c.id, BigDecimal.ZERO)));
        }
        return lines;
    }

    /** The entries of the year's projects that state a class, when their project states what it allows. */
    private static List<Books.ExpenditureLine> expenditures(int year, Map<Long, Project> projects) {
        List<Long> withLines = projects.values().stream()
                .filter(p -> p.economicClasses != null && !p.economicClasses.isEmpty())
                .map(p -> p.id)
                .toList();
        if (withLines.isEmpty()) {
            return List.of();
        }
        List<Expenditure> entries = Expenditure.list(
                "projectId in ?1 and economicClass is not null order by projectId, spentOn, id", withLines);
        return entries.stream()
                .map(e -> {
                    Project p = projects.get(e.projectId);
                    return new Books.ExpenditureLine(
                            e.id,
                            p.departmentId,
                            p.id,
                            p.name,
                            p.budgetCode,
                            e.content,
                            e.amount,
                            e.voucherNo,
                            e.spentOn,
                            e.economicClass,
                            List.copyOf(p.economicClasses));
                })
                .toList();
    }

    /** The steps of the year's approved target tables, with the name of what the table is for. */
    private static List<Books.StepLine> steps(int year) {
        List<Object[]> rows = Panache.getEntityManager()
                .createQuery(
                        "select s.id, t.id, t.departmentId, t.projectId, p.name, d.name, s.name, s.plannedFinish,"
                                + " s.actualFinish from TargetPlanStep s join PerformanceTarget t on t.id = s.targetId"
                                + " join Department d on d.id = t.departmentId left join Project p on p.id = t.projectId"
                                + " where t.year = :year and t.status = :status order by t.id, s.position, s.id",
                        Object[].class)
                .setParameter("year", year)
                .setParameter("status", TargetStatus.APPROVED)
                .getResultList();
        return rows.stream()
                .map(r -> new Books.StepLine(
                        (Long) r[0],
                        (Long) r[1],
                        (Long) r[2],
                        (Long) r[3],
                        r[4] != null ? (String) r[4] : r[5] + "部门整体支出",
                        (String) r[6],
                        (LocalDate) r[7],
                        (LocalDate) r[8]))
                .toList();
    }

    private static List<Object[]> rows(String query, int year) {
        return Panache.getEntityManager()
                .createQuery(query, Object[].class)
                .setParameter("year", year)
                .getResultList();
    }
}

package cn.jixiao.portal.dashboard;

import cn.jixiao.platform.tenancy.Tenancy;
import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.access.DepartmentGate;
import cn.jixiao.portal.budget.BudgetAdjustment;
import cn.jixiao.portal.budget.BudgetView;
import cn.jixiao.portal.budget.DepartmentBudget;
import cn.jixiao.portal.department.Department;
import cn.jixiao.portal.profile.DepartmentProfile;
import cn.jixiao.portal.profile.ProfileService;
import cn.jixiao.portal.profile.ProfileView;
import cn.jixiao.portal.ratio.RatioSet;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Computes the ratios of a department or of the whole region from the stored books. Reads a
 * region's year with four queries, whatever the number of departments.
 */
@ApplicationScoped
public class RatioService {
    static final String REGION_ONLY =
            "只有财政审核人和地区管理员可以查看全地区数据 (only finance reviewers and region admins see the whole region)";

    @Inject
    DepartmentGate gate;

    @Inject
    Access access;

    /** The API's answer: both books of the year must exist, otherwise a 404 says which is missing. */
    @Transactional
    public DepartmentRatios forDepartment(long departmentId, int year) {
        var books = books(departmentId, year);
        if (books.budget() == null) {
            throw new NotFoundException("该部门 " + year + " 年尚无预算数据，无法计算比率 (no budget recorded for " + year + ")");
        }
        if (books.profile() == null) {
            throw ProfileService.noProfile(year);
        }
        return DepartmentRatios.of(year, departmentId, books.ratios());
    }

    /** A department's books for a dashboard; missing books give 不适用 ratios instead of an error. */
    @Transactional
    public DepartmentBooks books(long departmentId, int year) {
        Department department = gate.readable(departmentId);
        var budget = DepartmentBudget.findFor(departmentId, year).orElse(null);
        var profile = DepartmentProfile.findFor(departmentId, year).orElse(null);
        return books(
                department,
                year,
                budget,
                profile,
                budget == null ? List.of() : BudgetAdjustment.listForBudget(budget.id));
    }

    @Transactional
    public TenantRatios forTenant(int year) {
        var books = tenantBooks(year);
        if (books.empty()) {
            throw new NotFoundException("本地区 " + year + " 年没有任何部门的预算或概况数据 (no department books for " + year + ")");
        }
        return TenantRatios.of(books);
    }

    @Transactional
    public TenantBooks tenantBooks(int year) {
        requireWholeRegion();
        Map<Long, DepartmentBudget> budgets = DepartmentBudget.listForYear(year).stream()
                .collect(Collectors.toMap(b -> b.departmentId, Function.identity()));
        Map<Long, DepartmentProfile> profiles = DepartmentProfile.listForYear(year).stream()
                .collect(Collectors.toMap(p -> p.departmentId, Function.identity()));
        Map<Long, List<BudgetAdjustment>> adjustments = BudgetAdjustment.byBudgetForYear(year);
        var rows = new ArrayList<DepartmentBooks>();
        for (Department d : Department.<Department>listAll(Sort.by("name").and("id"))) {
            var budget = budgets.get(d.id);
            rows.add(books(
                    d,
                    year,
                    budget,
                    profiles.get(d.id),
                    budget == null ? List.of() : adjustments.getOrDefault(budget.id, List.of())));
        }
        var total =
                RatioSet.aggregate(rows.stream().map(DepartmentBooks::ratios).toList());
        return new TenantBooks(year, Tenancy.current().orElse(""), List.copyOf(rows), total);
    }

    /** The years with at least one budget in the region, newest first. */
    @Transactional
    public List<Integer> yearsWithBudgets() {
        return DepartmentBudget.yearsWithBudgets();
    }

    @Transactional
    public List<Integer> yearsOf(long departmentId) {
        gate.readable(departmentId);
        return DepartmentBudget.yearsOf(departmentId);
    }

    public void requireWholeRegion() {
        if (!access.readsWholeRegion()) {
            throw new ForbiddenException(REGION_ONLY);
        }
    }

    private static DepartmentBooks books(
            Department d,
            int year,
            DepartmentBudget budget,
            DepartmentProfile profile,
            List<BudgetAdjustment> adjustments) {
        BudgetView budgetView = budget == null ? null : BudgetView.of(budget, adjustments);
        ProfileView profileView = profile == null ? null : ProfileView.of(profile);
        var ratios = RatioSet.of(
                budget == null ? null : budget.figures(adjustments), profile == null ? null : profile.staffFigures());
        return new DepartmentBooks(d.id, d.code, d.name, year, budgetView, profileView, ratios);
    }
}

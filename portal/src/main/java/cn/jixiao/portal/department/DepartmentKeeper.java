package cn.jixiao.portal.department;

import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.audit.AuditTrail;
import cn.jixiao.portal.web.Refusals;
import cn.jixiao.portal.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.util.Objects;

/**
 * Creates and changes the region's departments: only its admin does, every change is audited, and a
 * department is deactivated rather than deleted, as budgets, projects and kiosks refer to it.
 */
@ApplicationScoped
public class DepartmentKeeper {
    static final String ENTITY = "Department";
    static final String NOT_FOUND = "部门不存在 (department not found)";

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    DepartmentDirectory directory;

    @Transactional
    public DepartmentView create(DepartmentInput input) {
        requireKeeper();
        var department = new Department();
        apply(department, input);
        department.persist();
        Department.getEntityManager().flush();
        var after = directory.view(department);
        audit.record("CREATE", ENTITY, department.id, null, after);
        return after;
    }

    @Transactional
    public DepartmentView update(long id, DepartmentInput input) {
        requireKeeper();
        Department department = find(id);
        Versions.require(input.version(), department.version);
        var before = directory.view(department);
        apply(department, input);
        return saved("UPDATE", department, before);
    }

    @Transactional
    public DepartmentView deactivate(long id, Integer version) {
        requireKeeper();
        Department department = find(id);
        Versions.require(version, department.version);
        if (!department.active) {
            return directory.view(department);
        }
        if (Department.countActiveChildren(department.id) > 0) {
            throw Refusals.conflict("has_active_units", "请先停用其下属单位 (deactivate the units under this department first)");
        }
        var before = directory.view(department);
        department.active = false;
        return saved("DEACTIVATE", department, before);
    }

    @Transactional
    public DepartmentView activate(long id, Integer version) {
        requireKeeper();
        Department department = find(id);
        Versions.require(version, department.version);
        if (department.active) {
            return directory.view(department);
        }
        if (department.parentId != null && !find(department.parentId).active) {
            throw Refusals.conflict("parent_inactive", "上级部门已停用，请先启用上级部门 (activate its parent department first)");
        }
        var before = directory.view(department);
        department.active = true;
        return saved("ACTIVATE", department, before);
    }

    private DepartmentView saved(String action, Department department, DepartmentView before) {
        Department.getEntityManager().flush();
        var after = directory.view(department);
        audit.record(action, ENTITY, department.id, before, after);
        return after;
    }

    private void apply(Department department, DepartmentInput input) {
        DepartmentKind kind = DepartmentKind.parse(input.kind());
        if (kind == null) {
            throw Refusals.invalid("kind", "未知的部门类型 (unknown kind)");
        }
        String code = input.code().strip();
        Department.findByCode(code)
                .filter(other -> !Objects.equals(other.id, department.id))
                .ifPresent(other -> {
                    throw Refusals.of(409, "code_taken", "部门编码已被「" + other.name + "」使用 (code already in use)");
                });
        String budgetCode = blankToNull(input.budgetCode());
        if (budgetCode != null) {
            Department.findByBudgetCode(budgetCode)
                    .filter(other -> !Objects.equals(other.id, department.id))
                    .ifPresent(other -> {
                        throw Refusals.of(
                                409, "budget_code_taken", "预算编码已被「" + other.name + "」使用 (budget code already in use)");
                    });
        }
        checkParent(department, kind, input.parentId());
        department.code = code;
        department.name = input.name().strip();
        department.shortName = blankToNull(input.shortName());
        department.kind = kind;
        department.parentId = input.parentId();
        department.budgetCode = budgetCode;
        department.orgCode = blankToNull(input.orgCode());
    }

    /** A parent of this region, active, of a kind that may hold this one, and never the department's own subtree. */
    private static void checkParent(Department department, DepartmentKind kind, Long parentId) {
        if (parentId == null) {
            if (kind.needsParent()) {
                throw Refusals.invalid("parentId", "下属单位须选择所属部门 (a unit needs its department)");
            }
            return;
        }
        Department parent = Department.<Department>findByIdOptional(parentId)
                .orElseThrow(() -> Refusals.invalid("parentId", "上级部门不存在 (no such parent department)"));
        if (!kind.parentKinds().contains(parent.kind)) {
            throw Refusals.invalid(
                    "parentId",
                    "「" + kind.label + "」不能设在「" + parent.kind.label + "」之下 (this kind cannot sit under that parent)");
        }
        if (!parent.active && !Objects.equals(parent.id, department.parentId)) {
            throw Refusals.invalid("parentId", "上级部门已停用 (the parent department is inactive)");
        }
        for (Department up = parent; up != null; up = up.parentId == null ? null : Department.findById(up.parentId)) {
            if (department.id != null && department.id.equals(up.id)) {
                throw Refusals.invalid("parentId", "不能把部门设在自己或其下属之下 (a department cannot sit under itself)");
            }
        }
    }

    private void requireKeeper() {
        if (!access.isRegionAdmin()) {
            throw new ForbiddenException("只有地区管理员可以维护部门 (only the region's admin keeps departments)");
        }
    }

    private static Department find(long id) {
        return Department.<Department>findByIdOptional(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

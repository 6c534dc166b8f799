package cn.jixiao.portal.access;

import cn.jixiao.portal.department.Department;
import cn.jixiao.portal.security.CurrentUser;
import cn.jixiao.portal.security.Roles;
import cn.jixiao.portal.security.SignedInUser;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Who may read and change what inside a region: every role check of the portal is made here. The
 * tenancy locks already keep other regions out; these rules divide one region: a department editor
 * works on their own department only, a finance reviewer (and the region's admin) reads everything and
 * approves changes, an evaluator reads only the projects assigned to them.
 */
@RequestScoped
public class Access {
    @Inject
    SignedInUser signedIn;

    @Inject
    AgroalDataSource dataSource;

    private Optional<Long> ownDepartmentId;

    public CurrentUser user() {
        return signedIn.get();
    }

    public String actor() {
        return user().username();
    }

    public boolean isFinanceReviewer() {
        return user().hasRole(Roles.FINANCE_REVIEWER);
    }

    public boolean isRegionAdmin() {
        return user().hasRole(Roles.TENANT_ADMIN);
    }

    public boolean isEvaluator() {
        return user().hasRole(Roles.EVALUATOR);
    }

    /** A department editor who belongs to a department of this region (the role alone edits nothing). */
    public boolean isDepartmentEditor() {
        return user().hasRole(Roles.DEPARTMENT_EDITOR) && ownDepartmentId().isPresent();
    }

    public boolean readsWholeRegion() {
        return Roles.readsWholeRegion(user().roles());
    }

    /** The region's settings (threshold, calendar, network sign-off unit) are kept by its admin and finance reviewer. */
    public boolean keepsRegionSettings() {
        return isRegionAdmin() || isFinanceReviewer();
    }

    public Optional<Long> ownDepartmentId() {
        if (ownDepartmentId == null) {
            ownDepartmentId =
                    user().departmentCode().flatMap(Department::findByCode).map(d -> d.id);
        }
        return ownDepartmentId;
    }

    public boolean isOwnDepartment(Long departmentId) {
        return departmentId != null
                && ownDepartmentId().map(departmentId::equals).orElse(false);
    }

    public boolean canReadDepartment(long departmentId) {
        return readsWholeRegion() || isOwnDepartment(departmentId);
    }

    public boolean canEditDepartment(long departmentId) {
        return user().hasRole(Roles.DEPARTMENT_EDITOR) && isOwnDepartment(departmentId);
    }

    public boolean canReadProject(long projectId, long departmentId) {
        return canReadDepartment(departmentId) || (isEvaluator() && isAssigned(projectId));
    }

    public void requireReadDepartment(long departmentId) {
        if (!canReadDepartment(departmentId)) {
            throw new ForbiddenException("无权查看其他部门的数据 (you may not read another department's data)");
        }
    }

    public void requireEditDepartment(long departmentId) {
        if (!canEditDepartment(departmentId)) {
            throw new ForbiddenException("只有本部门的填报人可以修改 (only the department's own editors may change this)");
        }
    }

    public void requireReadProject(long projectId, long departmentId) {
        if (!canReadProject(projectId, departmentId)) {
            throw new ForbiddenException("无权查看该项目 (you may not read this project)");
        }
    }

    public void requireApprover() {
        if (!isFinanceReviewer()) {
            throw new ForbiddenException("只有财政审核人可以审批 (only a finance reviewer may approve)");
        }
    }

    public void requireRegionSettingsKeeper(String what) {
        if (!keepsRegionSettings()) {
            throw new ForbiddenException("只有地区管理员或财政审核人可以设置" + what
                    + " (only the region's admin or a finance reviewer may change this setting)");
        }
    }

    /**
     * What a list of department records (projects, contracts, …) shows this user, given the department
     * they asked for: whole-region readers what they asked; a department's people their own department
     * (asking for another is a 403); an evaluator the projects assigned to them; anyone else nothing.
     */
    public ReadScope listScope(Long askedDepartmentId) {
        if (readsWholeRegion()) {
            return ReadScope.department(askedDepartmentId);
        }
        Optional<Long> own = ownDepartmentId();
        if (own.isPresent()) {
            if (askedDepartmentId != null && !own.get().equals(askedDepartmentId)) {
                requireReadDepartment(askedDepartmentId);
            }
            return ReadScope.department(own.get());
        }
        if (isEvaluator()) {
            return ReadScope.assignedTo(actor(), firms());
        }
        if (askedDepartmentId != null) {
            requireReadDepartment(askedDepartmentId);
        }
        return ReadScope.none();
    }

    /**
     * The evaluation firms this person works for: the token's organizations that are not regions (a
     * firm is an organization of its own, assigned to projects by a region's finance reviewer).
     */
    public java.util.List<String> firms() {
        var regions = user().regions().stream().map(r -> r.slug()).toList();
        return user().organizations().stream().filter(o -> !regions.contains(o)).toList();
    }

    private boolean isAssigned(long projectId) {
        var scope = ReadScope.assignedTo(actor(), firms()).sql("p.id", "p.id");
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("select 1 from (select ?::bigint as id) p where " + scope.sql())) {
            s.setLong(1, projectId);
            Object[] values = scope.with();
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 2, values[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("assignment lookup failed", e);
        }
    }
}

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
 * Who may read and change what inside a region. The tenancy locks already keep other regions out;
 * these rules divide one region: a department editor works on their own department only, a
 * finance reviewer (and the region's admin) reads everything and approves changes, an evaluator
 * reads only the projects assigned to them.
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

    public boolean readsWholeRegion() {
        return user().hasRole(Roles.FINANCE_REVIEWER) || user().hasRole(Roles.TENANT_ADMIN);
    }

    public Optional<Long> ownDepartmentId() {
        if (ownDepartmentId == null) {
            ownDepartmentId =
                    user().departmentCode().flatMap(Department::findByCode).map(d -> d.id);
        }
        return ownDepartmentId;
    }

    public boolean canReadDepartment(long departmentId) {
        return readsWholeRegion() || isOwnDepartment(departmentId);
    }

    public boolean canEditDepartment(long departmentId) {
        return user().hasRole(Roles.DEPARTMENT_EDITOR) && isOwnDepartment(departmentId);
    }

    public boolean canReadProject(long projectId, long departmentId) {
        return canReadDepartment(departmentId) || (user().hasRole(Roles.EVALUATOR) && isAssigned(projectId));
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
        if (!user().hasRole(Roles.FINANCE_REVIEWER)) {
            throw new ForbiddenException("只有财政审核人可以审批 (only a finance reviewer may approve)");
        }
    }

    private boolean isOwnDepartment(long departmentId) {
        return ownDepartmentId().map(id -> id == departmentId).orElse(false);
    }

    private boolean isAssigned(long projectId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("select 1 from project_assignment where project_id = ? and username = ?")) {
            s.setLong(1, projectId);
            s.setString(2, actor());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("assignment lookup failed", e);
        }
    }
}

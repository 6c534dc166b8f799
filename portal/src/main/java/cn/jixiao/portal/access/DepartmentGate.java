package cn.jixiao.portal.access;

import cn.jixiao.portal.department.Department;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

/**
 * The first step of every route that takes a department id: the department must exist in the
 * current region (another region's is invisible to both tenancy locks, so it is a 404 exactly like
 * a missing one), and only then may {@link Access} refuse with a 403.
 */
@RequestScoped
public class DepartmentGate {
    public static final String NOT_FOUND = "部门不存在 (department not found)";

    @Inject
    Access access;

    @Transactional(Transactional.TxType.MANDATORY)
    public Department readable(long departmentId) {
        Department department = find(departmentId);
        access.requireReadDepartment(departmentId);
        return department;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Department editable(long departmentId) {
        Department department = find(departmentId);
        access.requireEditDepartment(departmentId);
        return department;
    }

    private static Department find(long departmentId) {
        Department department = Department.findById(departmentId);
        if (department == null) {
            throw new NotFoundException(NOT_FOUND);
        }
        return department;
    }
}

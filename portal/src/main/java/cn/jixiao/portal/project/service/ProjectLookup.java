package cn.jixiao.portal.project.service;

import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.department.Department;
import cn.jixiao.portal.project.Project;
import cn.jixiao.portal.project.ProjectFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a project for the current user, or refuses: another region's project is a 404 exactly
 * like a missing one (the tenancy locks never return it); one the user may not read is a 403.
 */
@ApplicationScoped
public class ProjectLookup {
    static final String NOT_FOUND = "项目不存在 (project not found)";

    @Inject
    Access access;

    /** Must run inside the caller's transaction. */
    public Project readable(long id) {
        Project project = Project.<Project>findByIdOptional(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        access.requireReadProject(project.id, project.departmentId);
        return project;
    }

    /** A project the user may change: their own department's, as its editor. */
    public Project editable(long id) {
        Project project = readable(id);
        access.requireEditDepartment(project.departmentId);
        return project;
    }

    public String departmentName(long departmentId) {
        return Department.<Department>findByIdOptional(departmentId)
                .map(d -> d.name)
                .orElse("—");
    }

    public Map<Long, String> departmentNames() {
        Map<Long, String> names = new HashMap<>();
        for (Department d : Department.<Department>listAll()) {
            names.put(d.id, d.name);
        }
        return names;
    }

    /** The list filter narrowed to what the user may read. */
    public ProjectFilter scope(Long departmentId, Integer year) {
        return new ProjectFilter(access.listScope(departmentId), year);
    }

    public List<Department> departments() {
        return Department.listAll();
    }
}

package cn.jixiao.portal.project.dto;

import cn.jixiao.portal.project.Project;
import cn.jixiao.portal.project.ProjectStatus;

/** A row of the projects list. */
public record ProjectSummary(
        long id,
        long departmentId,
        String departmentName,
        String name,
        String budgetCode,
        int year,
        ProjectStatus status,
        String statusLabel) {

    public static ProjectSummary of(Project p, String departmentName) {
        return new ProjectSummary(
                p.id, p.departmentId, departmentName, p.name, p.budgetCode, p.year, p.status, p.status.label);
    }
}

package cn.jixiao.portal.project.dto;

import cn.jixiao.portal.project.EconomicClasses;
import cn.jixiao.portal.project.Project;
import cn.jixiao.portal.project.ProjectFund;
import cn.jixiao.portal.project.ProjectStatus;
import java.time.LocalDate;
import java.util.List;

/** A project as the API and pages show it, with its funds lines as recorded (万元). */
public record ProjectView(
        long id,
        long departmentId,
        String departmentName,
        String name,
        String budgetCode,
        String ownerName,
        String contact,
        String address,
        LocalDate startsOn,
        LocalDate endsOn,
        String goals,
        int year,
        ProjectStatus status,
        String statusLabel,
        List<FundLine> funds,
        List<String> economicClasses,
        String economicClassesLabel,
        int version) {

    public static ProjectView of(Project p, String departmentName, List<ProjectFund> funds) {
        return new ProjectView(
                p.id,
                p.departmentId,
                departmentName,
                p.name,
                p.budgetCode,
                p.ownerName,
                p.contact,
                p.address,
                p.startsOn,
                p.endsOn,
                p.goals,
                p.year,
                p.status,
                p.status.label,
                funds.stream()
                        .sorted(java.util.Comparator.comparing(f -> f.level))
                        .map(FundLine::of)
                        .toList(),
                p.economicClasses == null ? List.of() : p.economicClasses,
                p.economicClasses == null || p.economicClasses.isEmpty()
                        ? null
                        : EconomicClasses.labels(p.economicClasses),
                p.version);
    }
}

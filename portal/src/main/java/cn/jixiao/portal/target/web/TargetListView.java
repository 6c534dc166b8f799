package cn.jixiao.portal.target.web;

import cn.jixiao.portal.target.NewTargetChoices;
import cn.jixiao.portal.target.TargetStatus;
import cn.jixiao.portal.target.dto.TargetSummary;
import cn.jixiao.portal.web.Option;
import cn.jixiao.portal.web.Paged;
import cn.jixiao.portal.web.SortColumn;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;

/** The target tables page: one page of the tables the user may read, its filters and sort. */
public record TargetListView(
        Paged<TargetSummary> targets,
        Integer year,
        String status,
        Long departmentId,
        boolean allVersions,
        String sort,
        boolean descending,
        List<NewTargetChoices.DepartmentChoice> departments,
        boolean canCreate) {

    public boolean filtered() {
        return year != null || status != null || departmentId != null || allVersions;
    }

    public List<Option> statuses() {
        return Arrays.stream(TargetStatus.values())
                .map(s -> new Option(s.name(), s.label(), s.name().equals(status)))
                .toList();
    }

    public boolean isDepartment(long id) {
        return departmentId != null && departmentId == id;
    }

    private String filterQuery() {
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("year", year);
        parameters.put("status", status);
        parameters.put("departmentId", departmentId);
        parameters.put("includeSuperseded", allVersions ? "true" : null);
        return SortColumn.query(parameters);
    }

    public List<SortColumn> columns() {
        String base = "?" + filterQuery();
        return List.of(
                SortColumn.of(base, "year", "年度", true, sort, descending),
                SortColumn.of(base, "department", "部门", false, sort, descending),
                SortColumn.of(base, "version", "版本", true, sort, descending),
                SortColumn.of(base, "status", "状态", false, sort, descending));
    }

    public String pagerBase() {
        return "?" + filterQuery() + "sort=" + sort + "&dir=" + (descending ? "desc" : "asc") + "&";
    }
}

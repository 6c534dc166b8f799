package cn.jixiao.portal.project.web;

import cn.jixiao.portal.project.dto.ProjectSummary;
import cn.jixiao.portal.web.Paged;

/** The projects page: one page of the projects the user may read, and the filter it was asked with. */
public record ProjectListView(Paged<ProjectSummary> projects, Long departmentId, Integer year) {

    /** The filter as a query string, for the pager and sort links. */
    public String filterQuery() {
        return (departmentId == null ? "" : "&departmentId=" + departmentId) + (year == null ? "" : "&year=" + year);
    }

    /** What the pager keeps besides the page: the sort and the filter. */
    public String pagerBase() {
        return "?sort=" + projects.sort() + filterQuery() + "&";
    }
}

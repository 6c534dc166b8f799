package cn.jixiao.portal.project;

import java.util.List;

/** One page of the projects the user may read. */
public record ProjectPage(
        List<ProjectSummary> items, long total, int page, int size, String sort, Long departmentId, Integer year) {

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pageCount();
    }

    /** The filter as a query string, for the pager and sort links. */
    public String filterQuery() {
        return (departmentId == null ? "" : "&departmentId=" + departmentId) + (year == null ? "" : "&year=" + year);
    }
}

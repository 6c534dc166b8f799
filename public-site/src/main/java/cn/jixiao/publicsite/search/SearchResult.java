package cn.jixiao.publicsite.search;

import java.util.List;

/**
 * One page of results.
 *
 * @param request what was asked (the query normalized, empty for "all reports, newest first")
 * @param total   how many reports match in all
 * @param facets  the counts of the matching reports per region, publisher, year, kind and grade
 */
public record SearchResult(SearchRequest request, long total, List<SearchHit> hits, List<FacetGroup> facets) {

    public String query() {
        return request.query();
    }

    public int page() {
        return request.page();
    }

    public int size() {
        return request.size();
    }

    /** True when a filter is set: the empty state then suggests dropping it. */
    public boolean filtered() {
        return !request.filters().isEmpty();
    }
}

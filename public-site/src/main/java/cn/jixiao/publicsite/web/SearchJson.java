package cn.jixiao.publicsite.web;

import cn.jixiao.publicsite.search.FacetGroup;
import cn.jixiao.publicsite.search.SearchResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer of GET /api/reports: how many reports match, one page of them, and the facet counts
 * ({@code facets: {region: [{value, label, count}], publisher: […], year, kind, grade}}).
 */
public record SearchJson(
        long total, int page, int size, int pages, List<ReportHitJson> hits, Map<String, List<FacetJson>> facets) {

    /** One facet value: {@code value} is what the filter parameter takes, {@code label} what to show. */
    public record FacetJson(String value, String label, long count) {}

    static SearchJson of(SearchResult result, Pagination pagination) {
        var facets = new LinkedHashMap<String, List<FacetJson>>();
        for (FacetGroup group : result.facets()) {
            facets.put(
                    group.dim(),
                    group.values().stream()
                            .map(value -> new FacetJson(value.value(), value.label(), value.count()))
                            .toList());
        }
        return new SearchJson(
                result.total(),
                result.page(),
                result.size(),
                pagination.pages(),
                result.hits().stream().map(ReportHitJson::of).toList(),
                facets);
    }
}

package cn.jixiao.publicsite.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A validated search: the query text, filters on facet values, the order and the page.
 *
 * @param filters dimension name (region, publisher, year, kind, grade) → the exact value
 * @param page    1-based page number
 */
public record SearchRequest(String query, Map<String, String> filters, Order order, int page, int size) {

    /** Relevance (the default with a query) or newest first (the default, and the only order, without one). */
    public enum Order {
        RELEVANCE,
        DATE
    }

    /** The dimensions a request may filter on, by name. */
    public static final java.util.List<String> DIMENSIONS = java.util.Arrays.stream(ReportFields.Facet.values())
            .map(facet -> facet.dim)
            .toList();

    public SearchRequest {
        query = query == null ? "" : query;
        filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters));
    }

    public static SearchRequest of(String query, int page, int size) {
        return new SearchRequest(query, Map.of(), Order.RELEVANCE, page, size);
    }

    public SearchRequest withQuery(String normalized) {
        return new SearchRequest(normalized, filters, order, page, size);
    }

    public SearchRequest withPage(int newPage) {
        return new SearchRequest(query, filters, order, newPage, size);
    }

    Map<ReportFields.Facet, String> facetFilters() {
        var map = new EnumMap<ReportFields.Facet, String>(ReportFields.Facet.class);
        for (ReportFields.Facet facet : ReportFields.Facet.values()) {
            String value = filters.get(facet.dim);
            if (value != null) {
                map.put(facet, value);
            }
        }
        return map;
    }
}

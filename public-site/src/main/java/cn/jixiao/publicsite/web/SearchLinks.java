package cn.jixiao.publicsite.web;

import cn.jixiao.publicsite.search.SearchRequest;
import jakarta.ws.rs.core.UriBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/** Links of the results page that keep what was asked and change one thing (a filter, the order, the page). */
public record SearchLinks(SearchRequest request) {

    public String page(int page) {
        return link(request.query(), request.filters(), request.order(), page);
    }

    /** Filters on a facet value, or drops that filter when it is the one set now. */
    public String toggle(String dim, String value) {
        var filters = new LinkedHashMap<>(request.filters());
        if (value.equals(filters.get(dim))) {
            filters.remove(dim);
        } else {
            filters.put(dim, value);
        }
        return link(request.query(), filters, request.order(), 1);
    }

    public String without(String dim) {
        var filters = new LinkedHashMap<>(request.filters());
        filters.remove(dim);
        return link(request.query(), filters, request.order(), 1);
    }

    public String withoutFilters() {
        return link(request.query(), Map.of(), request.order(), 1);
    }

    public String sortedBy(String order) {
        return link(request.query(), request.filters(), SearchRequest.Order.valueOf(order), 1);
    }

    /** Another query, filters dropped: the suggestions of the empty state. */
    public String query(String query) {
        return link(query, Map.of(), SearchRequest.Order.RELEVANCE, 1);
    }

    public boolean byDate() {
        return request.order() == SearchRequest.Order.DATE || request.query().isEmpty();
    }

    static String link(String query, Map<String, String> filters, SearchRequest.Order order, int page) {
        UriBuilder uri = UriBuilder.fromPath("/search");
        if (!query.isEmpty()) {
            uri.queryParam("q", query);
        }
        filters.forEach((dim, value) -> uri.queryParam(dim, value));
        if (order == SearchRequest.Order.DATE && !query.isEmpty()) {
            uri.queryParam("sort", "date");
        }
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri.build().toString();
    }
}

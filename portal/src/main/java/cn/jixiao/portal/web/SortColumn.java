package cn.jixiao.portal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A table heading whose link sorts by it: the first click sorts the way the column reads best
 * (names A→Z, figures highest first), a second click the other way round.
 */
public record SortColumn(String key, String label, String href, String arrow) {

    /**
     * @param base the page's address with its other parameters, ending in "?" or "&amp;"
     * @param descendingFirst whether this column's first click sorts high to low
     */
    public static SortColumn of(
            String base, String key, String label, boolean descendingFirst, String sort, boolean descending) {
        boolean active = key.equals(sort);
        boolean next = active ? !descending : descendingFirst;
        return new SortColumn(
                key,
                label,
                base + "sort=" + key + "&dir=" + (next ? "desc" : "asc"),
                active ? (descending ? "▼" : "▲") : "");
    }

    /** Query parameters as "a=1&amp;b=2&amp;" for the non-empty values, to put before sort and page. */
    public static String query(Map<String, Object> parameters) {
        String query = parameters.entrySet().stream()
                .filter(e -> e.getValue() != null && !"".equals(e.getValue()))
                .map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : query + "&";
    }

    public static boolean descending(String dir) {
        return "desc".equalsIgnoreCase(dir);
    }

    /** The given key when it is one of the allowed ones, else the default. */
    public static String pick(String sort, List<String> allowed, String fallback) {
        return allowed.contains(sort) ? sort : fallback;
    }
}

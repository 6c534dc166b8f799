package cn.jixiao.publicsite.search;

import java.util.List;

/** The counts of one facet dimension (region, publisher, year, kind, grade) over the matching reports. */
public record FacetGroup(String dim, String label, List<FacetValue> values) {

    /** One value of a dimension: what to filter on, what to show, how many reports, whether it is the filter now. */
    public record FacetValue(String value, String label, long count, boolean selected) {}

    public boolean isEmpty() {
        return values.isEmpty();
    }
}

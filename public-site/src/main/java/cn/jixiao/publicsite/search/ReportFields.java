package cn.jixiao.publicsite.search;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * The index schema. Each searchable text is one field, analyzed once (character pairs), stored for hits
 * and indexed with offsets so snippets are marked from the postings without analyzing again. All the
 * texts are also indexed together in {@link #MATCH}, documents only: whether a report matches, its
 * count and facets are decided there with one term list per pair, while ranking reads the text fields.
 * The index is sorted newest first, so browsing and the date sort stop after the first page's hits.
 * Bump {@link #SCHEMA_VERSION} whenever a field or its analysis changes: the index is then rebuilt.
 */
final class ReportFields {
    static final String SCHEMA_VERSION = "3";

    static final String ID = "id";
    /** Every text of the report together, documents only (no frequencies, positions or offsets). */
    static final String MATCH = "all";

    static final String INDEX_NO_EXACT = "indexNoExact";
    static final String PUBLISHED_ON = "publishedOn";
    static final String YEAR = "year";
    static final String REGION_NAME = "regionName";
    static final String GRADE = "grade";
    static final String SCORE = "score";

    /** Filter terms (exact values) beside the facet of the same dimension. */
    static final String FILTER_PREFIX = "filter.";

    /** Newest first, then the larger id: the index order, and the order of the date sort. */
    static final Sort NEWEST_FIRST = new Sort(
            new SortField(PUBLISHED_ON, SortField.Type.LONG, true), new SortField(ID, SortField.Type.LONG, true));

    /** Searchable texts and their weight. */
    enum Text {
        TITLE("title", 4f),
        KEYWORDS("keywords", 3f),
        REGION("region", 3f),
        PUBLISHER("publisher", 2f),
        INDEX_NO("indexNo", 2f),
        SUMMARY("summary", 1.5f),
        BODY("body", 1f);

        final String name;
        final float boost;

        Text(String name, float boost) {
            this.name = name;
            this.boost = boost;
        }

        /** The field: stored, analyzed by the chosen analyzer, with offsets. */
        String field() {
            return name;
        }

        /** The character-pair field of {@link ReportAnalyzer.Mode#BOTH} (comparison only). */
        String bigrams() {
            return name + ".bigrams";
        }
    }

    /** The facet dimensions, in the order the page shows them. */
    enum Facet {
        REGION("region", "地区"),
        PUBLISHER("publisher", "发布机构"),
        YEAR("year", "年度"),
        KIND("kind", "评价类型"),
        GRADE("grade", "评价等级");

        final String dim;
        final String label;

        Facet(String dim, String label) {
            this.dim = dim;
            this.label = label;
        }

        String filterField() {
            return FILTER_PREFIX + dim;
        }
    }

    static final FacetsConfig FACETS = new FacetsConfig();

    private ReportFields() {}

    static Map<String, Float> fields(ReportAnalyzer.Mode mode) {
        var fields = new LinkedHashMap<String, Float>();
        for (Text text : Text.values()) {
            fields.put(text.field(), text.boost);
        }
        if (mode == ReportAnalyzer.Mode.BOTH) {
            for (Text text : Text.values()) {
                fields.put(text.bigrams(), text.boost);
            }
        }
        return fields;
    }
}

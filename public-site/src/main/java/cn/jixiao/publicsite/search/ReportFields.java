package cn.jixiao.publicsite.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The index schema. Every searchable text is indexed twice: as words (SmartChineseAnalyzer) and as
 * overlapping character pairs (CJK bigrams), so a phrase the word dictionary splits still matches.
 * Bump {@link #SCHEMA_VERSION} whenever a field or its analysis changes: the index is then rebuilt.
 */
final class ReportFields {
    static final String SCHEMA_VERSION = "1";

    static final String ID = "id";
    static final String INDEX_NO_EXACT = "indexNoExact";
    static final String PUBLISHED_ON = "publishedOn";
    static final String YEAR = "year";

    // stored only, for hits and snippets
    static final String TITLE = "title";
    static final String PUBLISHER = "publisher";
    static final String INDEX_NO = "indexNo";
    static final String REGION = "region";
    static final String GRADE = "grade";
    static final String SCORE = "score";
    static final String SUMMARY = "summary";
    static final String BODY_TEXT = "bodyText";

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

        String words() {
            return name + ".words";
        }

        String bigrams() {
            return name + ".bigrams";
        }
    }

    private ReportFields() {}

    static Map<String, Float> wordFields() {
        var fields = new LinkedHashMap<String, Float>();
        for (Text text : Text.values()) {
            fields.put(text.words(), text.boost);
        }
        return fields;
    }

    static Map<String, Float> bigramFields() {
        var fields = new LinkedHashMap<String, Float>();
        for (Text text : Text.values()) {
            fields.put(text.bigrams(), text.boost);
        }
        return fields;
    }
}

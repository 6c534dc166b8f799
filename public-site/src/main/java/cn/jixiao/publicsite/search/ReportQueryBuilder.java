package cn.jixiao.publicsite.search;

import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what a citizen typed into a Lucene query. The text is never Lucene syntax: it is escaped
 * (and lower-cased, so AND/OR/NOT are words), then matched three ways, any of which may hit:
 * <ul>
 * <li>every word (SmartChineseAnalyzer) appears somewhere in the report;</li>
 * <li>each whitespace-separated part appears as a phrase of character pairs (CJK bigrams), which
 * catches names and terms the word dictionary splits, and ranks exact phrases high;</li>
 * <li>the whole text is an index number (索引号).</li>
 * </ul>
 */
final class ReportQueryBuilder {
    private static final float BIGRAM_PHRASE_BOOST = 2f;
    private static final float INDEX_NO_BOOST = 20f;

    private final Analyzer analyzer;
    private final int maxLength;

    ReportQueryBuilder(Analyzer analyzer, int maxLength) {
        this.analyzer = analyzer;
        this.maxLength = maxLength;
    }

    /** The query text as searched: trimmed, whitespace collapsed, control characters dropped, cut to length. */
    String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        String text = raw.replace('\u3000', ' ')
                .replaceAll("[\\p{Cntrl}\\p{Cs}\\p{Co}]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        if (text.codePointCount(0, text.length()) > maxLength) {
            text = text.substring(0, text.offsetByCodePoints(0, maxLength)).strip();
        }
        return text;
    }

    Query build(String raw) {
        String text = normalize(raw);
        if (text.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        String escaped = QueryParser.escape(text.toLowerCase(Locale.ROOT));
        var query = new BooleanQuery.Builder();
        add(query, words(escaped, text), 1f);
        add(query, bigramPhrases(escaped, text), BIGRAM_PHRASE_BOOST);
        query.add(new BoostQuery(new TermQuery(new Term(ReportFields.INDEX_NO_EXACT, text)), INDEX_NO_BOOST),
                BooleanClause.Occur.SHOULD);
        return query.build();
    }

    private Query words(String escaped, String text) {
        var parser = parser(ReportFields.wordFields());
        parser.setAutoGeneratePhraseQueries(false);
        return parse(parser, escaped, text, ReportFields.wordFields());
    }

    private Query bigramPhrases(String escaped, String text) {
        var parser = parser(ReportFields.bigramFields());
        parser.setAutoGeneratePhraseQueries(true);
        return parse(parser, escaped, text, ReportFields.bigramFields());
    }

    private MultiFieldQueryParser parser(Map<String, Float> fields) {
        var parser = new MultiFieldQueryParser(fields.keySet().toArray(String[]::new), analyzer, fields);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        return parser;
    }

    /** Escaped text should always parse; if it ever does not, fall back to plain phrases per field. */
    private Query parse(MultiFieldQueryParser parser, String escaped, String text, Map<String, Float> fields) {
        try {
            return parser.parse(escaped);
        } catch (ParseException | RuntimeException e) {
            var builder = new QueryBuilder(analyzer);
            var fallback = new BooleanQuery.Builder();
            fields.forEach((field, boost) -> {
                Query phrase = builder.createPhraseQuery(field, text);
                if (phrase != null) {
                    fallback.add(new BoostQuery(phrase, boost), BooleanClause.Occur.SHOULD);
                }
            });
            return fallback.build();
        }
    }

    private static void add(BooleanQuery.Builder query, Query clause, float boost) {
        if (clause != null) {
            query.add(new BoostQuery(clause, boost), BooleanClause.Occur.SHOULD);
        }
    }
}

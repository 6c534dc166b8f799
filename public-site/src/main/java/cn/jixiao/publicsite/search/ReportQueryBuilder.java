package cn.jixiao.publicsite.search;

import java.util.List;
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
 * Turns what a citizen typed into a Lucene query. The text is never Lucene syntax: every piece is
 * escaped (and lower-cased, so AND/OR/NOT are plain words) before the query parser sees it. A
 * report matches in any of three ways:
 * <ul>
 * <li>phrase: each whitespace-separated part occurs as written (a phrase of CJK character pairs)
 * — ranked highest;</li>
 * <li>units: each unit of {@link QuerySegmenter} occurs somewhere, as a word (SmartChineseAnalyzer)
 * or as a phrase of character pairs — so 保山三公经费 finds 保山's report on 三公经费;</li>
 * <li>index number: the whole text is a report's 索引号.</li>
 * </ul>
 */
final class ReportQueryBuilder {
    private static final float PHRASE_BOOST = 2f;
    private static final float INDEX_NO_BOOST = 20f;

    private final Analyzer analyzer;
    private final QuerySegmenter segmenter;
    private final int maxLength;

    ReportQueryBuilder(Analyzer analyzer, int maxLength) {
        this.analyzer = analyzer;
        this.segmenter = new QuerySegmenter(analyzer, ReportFields.Text.BODY.words());
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
        var query = new BooleanQuery.Builder();
        List<String> chunks = QuerySegmenter.chunks(text);
        if (!chunks.isEmpty()) {
            add(query, parse(ReportFields.bigramFields(), String.join(" ", chunks)), PHRASE_BOOST);
        }
        add(query, allUnits(segmenter.units(text)), 1f);
        query.add(
                new BoostQuery(new TermQuery(new Term(ReportFields.INDEX_NO_EXACT, text)), INDEX_NO_BOOST),
                BooleanClause.Occur.SHOULD);
        return query.build();
    }

    private Query allUnits(List<String> units) {
        if (units.isEmpty()) {
            return null;
        }
        var all = new BooleanQuery.Builder();
        for (String unit : units) {
            var anyWay = new BooleanQuery.Builder();
            add(anyWay, parse(ReportFields.wordFields(), unit), 1f);
            add(anyWay, parse(ReportFields.bigramFields(), unit), 1f);
            BooleanQuery unitQuery = anyWay.build();
            if (!unitQuery.clauses().isEmpty()) {
                all.add(unitQuery, BooleanClause.Occur.MUST);
            }
        }
        BooleanQuery allQuery = all.build();
        return allQuery.clauses().isEmpty() ? null : allQuery;
    }

    /** Parses escaped text over the fields: all parts required, each part a phrase. */
    private Query parse(Map<String, Float> fields, String text) {
        var parser = new MultiFieldQueryParser(fields.keySet().toArray(String[]::new), analyzer, fields);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        try {
            return emptyToNull(parser.parse(QueryParser.escape(text.toLowerCase(Locale.ROOT))));
        } catch (ParseException | RuntimeException e) {
            // escaped text always parses; should it ever not, search the plain phrase instead
            var builder = new QueryBuilder(analyzer);
            var fallback = new BooleanQuery.Builder();
            fields.forEach((field, boost) -> add(fallback, builder.createPhraseQuery(field, text), boost));
            return emptyToNull(fallback.build());
        }
    }

    private static Query emptyToNull(Query query) {
        return query instanceof BooleanQuery bool && bool.clauses().isEmpty() ? null : query;
    }

    private static void add(BooleanQuery.Builder query, Query clause, float boost) {
        if (clause != null) {
            query.add(boost == 1f ? clause : new BoostQuery(clause, boost), BooleanClause.Occur.SHOULD);
        }
    }
}

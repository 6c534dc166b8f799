package cn.jixiao.publicsite.search;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;

/** Searches the reports index: by relevance for a query, newest first without one. */
@ApplicationScoped
public class ReportSearch {
    private static final Sort BY_RELEVANCE = new Sort(
            SortField.FIELD_SCORE,
            new SortField(ReportFields.PUBLISHED_ON, SortField.Type.LONG, true),
            new SortField(ReportFields.ID, SortField.Type.LONG, true));
    private static final Sort NEWEST_FIRST = new Sort(
            new SortField(ReportFields.PUBLISHED_ON, SortField.Type.LONG, true),
            new SortField(ReportFields.ID, SortField.Type.LONG, true));

    @Inject
    SearchIndex index;

    @Inject
    SearchConfig config;

    @Inject
    MeterRegistry metrics;

    private ReportQueryBuilder queries;
    private Highlighter highlighter;

    @PostConstruct
    void init() {
        queries = new ReportQueryBuilder(index.analyzer(), config.maxQueryLength());
        highlighter = new Highlighter(index.analyzer());
    }

    /**
     * One page of the reports matching {@code text} (any text: it is never parsed as syntax).
     *
     * @param page 1-based page number
     */
    public SearchResult search(String text, int page, int size) {
        String normalized = queries.normalize(text);
        Query query = queries.build(normalized);
        boolean browsing = normalized.isEmpty();
        Timer.Sample sample = Timer.start(metrics);
        SearchResult result = index.search(searcher -> page(searcher, query, browsing, normalized, page, size));
        sample.stop(metrics.timer("jixiao.search.duration", "kind", browsing ? "browse" : "query"));
        if (!browsing) {
            metrics.counter("jixiao.search.queries", "outcome", result.total() > 0 ? "found" : "empty")
                    .increment();
        }
        return result;
    }

    private SearchResult page(
            IndexSearcher searcher, Query query, boolean browsing, String normalized, int page, int size)
            throws IOException {
        int total = searcher.count(query);
        int from = (page - 1) * size;
        if (from >= total) {
            return new SearchResult(normalized, total, page, size, List.of());
        }
        TopDocs top = searcher.search(query, from + size, browsing ? NEWEST_FIRST : BY_RELEVANCE, !browsing);
        var hits = new ArrayList<SearchHit>();
        var storedFields = searcher.storedFields();
        for (int i = from; i < top.scoreDocs.length; i++) {
            ScoreDoc scoreDoc = top.scoreDocs[i];
            hits.add(hit(ReportDocument.stored(storedFields.document(scoreDoc.doc)), query, browsing));
        }
        return new SearchResult(normalized, total, page, size, List.copyOf(hits));
    }

    private SearchHit hit(ReportDocument.Stored doc, Query query, boolean browsing) {
        Highlight title = browsing ? Highlight.plain(doc.title()) : highlighter.title(query, doc.title());
        Highlight snippet = browsing
                ? highlighter.summary(doc.summary())
                : highlighter.snippet(query, doc.summary(), doc.bodyText());
        return new SearchHit(
                doc.id(),
                doc.title(),
                doc.publisher(),
                doc.indexNo(),
                doc.publishedOn(),
                doc.region(),
                doc.year(),
                doc.grade(),
                doc.score(),
                title,
                snippet);
    }
}

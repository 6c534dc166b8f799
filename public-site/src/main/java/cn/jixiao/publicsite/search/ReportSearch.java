package cn.jixiao.publicsite.search;

import cn.jixiao.platform.publication.EvaluationKind;
import cn.jixiao.platform.publication.Grade;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Searches the reports index: by relevance or newest first, with facet counts. The count and the
 * facets visit every match once, unscored, on the one field that holds all the texts' terms
 * ({@link ReportQueryBuilder#match}); they are kept per index version. A page then only collects its
 * hits, and Lucene stops early (skipping blocks by score, or at the page's end in the newest-first
 * index).
 */
@ApplicationScoped
public class ReportSearch {
    private static final int MAX_FACET_VALUES = 20;
    private static final int CACHED_COUNTS = 512;
    /** Pages kept per index version: citizens ask the same few things (a page is a few kB). */
    private static final int CACHED_PAGES = 2048;

    private static final Set<String> HIT_FIELDS = Set.of(
            ReportFields.ID,
            ReportFields.Text.TITLE.field(),
            ReportFields.Text.PUBLISHER.field(),
            ReportFields.Text.INDEX_NO.field(),
            ReportFields.PUBLISHED_ON,
            ReportFields.REGION_NAME,
            ReportFields.YEAR,
            ReportFields.GRADE,
            ReportFields.SCORE,
            ReportFields.Text.SUMMARY.field());

    @Inject
    SearchIndex index;

    @Inject
    SearchConfig config;

    @Inject
    MeterRegistry metrics;

    private ReportQueryBuilder queries;
    private Highlighter highlighter;
    private final Map<String, String> regionNames = new ConcurrentHashMap<>();
    private final ReaderCache<CountsKey, Counts> counts = new ReaderCache<>(CACHED_COUNTS);
    private final ReaderCache<SearchRequest, SearchResult> pages = new ReaderCache<>(CACHED_PAGES);

    /** Total and facet counts of one query and filters. */
    private record Counts(long total, List<FacetGroup> facets) {}

    private record CountsKey(String query, Map<String, String> filters) {}

    @PostConstruct
    void init() {
        queries = new ReportQueryBuilder(
                index.analyzer(), ReportAnalyzer.CHOSEN, Synonyms.load(), config.maxQueryLength());
        highlighter = new Highlighter(index.analyzer());
    }

    /** One page of reports for a query without filters (any text: it is never parsed as syntax). */
    public SearchResult search(String text, int page, int size) {
        return search(SearchRequest.of(text, page, size));
    }

    /** One page of the reports matching the request, with the facet counts of all of them. */
    public SearchResult search(SearchRequest request) {
        return search(request, true);
    }

    /**
     * One page of the reports matching the request. A page already answered on the current index is
     * answered again from memory unless {@code reuse} is false (a client that sent
     * {@code Cache-Control: no-cache}); the search timer measures only pages actually searched.
     */
    public SearchResult search(SearchRequest request, boolean reuse) {
        SearchRequest asked = request.withQuery(queries.normalize(request.query()));
        boolean browsing = asked.query().isEmpty();
        SearchResult result = index.search(searcher -> {
            IndexReader reader = searcher.getIndexReader();
            SearchResult known = reuse ? pages.get(reader, asked) : null;
            if (known != null) {
                metrics.counter("jixiao.search.pages", "source", "memory").increment();
                return known;
            }
            Timer.Sample sample = Timer.start(metrics);
            SearchResult found = page(searcher, asked, browsing);
            sample.stop(Timer.builder("jixiao.search.duration")
                    .description("Time to search the index and mark one page of hits, in the process (no HTTP)")
                    .tag("kind", browsing ? "browse" : "query")
                    .publishPercentiles(0.5, 0.99)
                    .register(metrics));
            metrics.counter("jixiao.search.pages", "source", "index").increment();
            pages.put(reader, asked, found);
            return found;
        });
        if (!browsing) {
            metrics.counter("jixiao.search.queries", "outcome", result.total() > 0 ? "found" : "empty")
                    .increment();
        }
        return result;
    }

    private SearchResult page(IndexSearcher searcher, SearchRequest asked, boolean browsing) throws IOException {
        boolean newestFirst = browsing || asked.order() == SearchRequest.Order.DATE;
        int from = (asked.page() - 1) * asked.size();
        int wanted = from + asked.size();
        IndexReader reader = searcher.getIndexReader();
        ReportQueryBuilder.Prepared prepared = queries.prepare(asked.query(), asked.facetFilters());
        Query match = prepared.match();
        var key = new CountsKey(asked.query(), asked.filters());
        Counts known = counts.get(reader, key);
        if (known == null) {
            known = count(searcher, match, asked);
            counts.put(reader, key, known);
        }
        if (from >= known.total()) {
            return new SearchResult(asked, known.total(), List.of(), known.facets());
        }
        Query ranked = browsing ? match : prepared.ranked();
        // the count is known: the newest first stop at the page's end (the index order), the ranked
        // skip every block that cannot reach the page
        TopDocs top = newestFirst
                ? searcher.search(match, wanted, ReportFields.NEWEST_FIRST)
                : searcher.search(ranked, wanted);
        return new SearchResult(asked, known.total(), hits(searcher, ranked, top, from, browsing), known.facets());
    }

    /** The total and the facet counts: every matching report visited once, unscored. */
    private Counts count(IndexSearcher searcher, Query match, SearchRequest asked) throws IOException {
        FacetsCollector collected = searcher.search(match, new FacetsCollectorManager());
        long total = 0;
        for (FacetsCollector.MatchingDocs docs : collected.getMatchingDocs()) {
            total += docs.totalHits();
        }
        return new Counts(total, facets(searcher, collected, asked));
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query query, TopDocs top, int from, boolean browsing)
            throws IOException {
        if (from >= top.scoreDocs.length) {
            return List.of();
        }
        ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
        int[] docIds =
                java.util.Arrays.stream(page).mapToInt(scoreDoc -> scoreDoc.doc).toArray();
        Highlighter.Marked marked = browsing
                ? new Highlighter.Marked(Map.of(), Map.of())
                : highlighter.mark(searcher, query, docIds, HIT_FIELDS);
        StoredFields stored = searcher.storedFields();
        var hits = new ArrayList<SearchHit>(page.length);
        for (int i = 0; i < docIds.length; i++) {
            // read with the marks (the texts marked are read for them anyway), else here
            Document fields = marked.documents().get(docIds[i]);
            ReportDocument.Stored doc =
                    ReportDocument.stored(fields != null ? fields : stored.document(docIds[i], HIT_FIELDS));
            hits.add(hit(doc, marked.marks(), i, browsing));
        }
        return List.copyOf(hits);
    }

    private static SearchHit hit(ReportDocument.Stored doc, Map<String, String[]> marked, int i, boolean browsing) {
        Highlight title = browsing ? null : Highlighter.parse(marked.get(ReportFields.Text.TITLE.field())[i]);
        Highlight snippet = browsing ? null : Highlighter.parse(marked.get(ReportFields.Text.BODY.field())[i]);
        if (snippet == null && !browsing) {
            snippet = Highlighter.parse(marked.get(ReportFields.Text.SUMMARY.field())[i]);
        }
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
                title != null ? title : Highlight.plain(doc.title()),
                snippet != null ? snippet : Highlighter.summary(doc.summary()));
    }

    private List<FacetGroup> facets(IndexSearcher searcher, FacetsCollector collected, SearchRequest asked)
            throws IOException {
        SortedSetDocValuesReaderState state = index.facetState(searcher);
        var groups = new ArrayList<FacetGroup>();
        Facets counted = state == null ? null : new SortedSetDocValuesFacetCounts(state, collected);
        for (ReportFields.Facet facet : ReportFields.Facet.values()) {
            var values = new ArrayList<FacetGroup.FacetValue>();
            FacetResult result = counted == null ? null : topChildren(counted, facet);
            if (result != null) {
                for (LabelAndValue value : result.labelValues) {
                    values.add(new FacetGroup.FacetValue(
                            value.label,
                            label(searcher, facet, value.label),
                            value.value.longValue(),
                            value.label.equals(asked.filters().get(facet.dim))));
                }
            }
            if (facet == ReportFields.Facet.YEAR) {
                values.sort(Comparator.comparing(FacetGroup.FacetValue::value).reversed());
            }
            groups.add(new FacetGroup(facet.dim, facet.label, List.copyOf(values)));
        }
        return List.copyOf(groups);
    }

    private static FacetResult topChildren(Facets counted, ReportFields.Facet facet) throws IOException {
        try {
            return counted.getTopChildren(MAX_FACET_VALUES, facet.dim);
        } catch (IllegalArgumentException e) {
            return null; // no report has a value of this dimension yet (e.g. no grade)
        }
    }

    private String label(IndexSearcher searcher, ReportFields.Facet facet, String value) throws IOException {
        return switch (facet) {
            case REGION -> regionName(searcher, value);
            case YEAR -> value + "年";
            case KIND -> EvaluationKind.valueOf(value).label();
            case GRADE -> Grade.valueOf(value).label();
            case PUBLISHER -> value;
        };
    }

    /** A region's name, read once from a report of the region (facets carry the code, which filters). */
    private String regionName(IndexSearcher searcher, String code) throws IOException {
        String known = regionNames.get(code);
        if (known != null) {
            return known;
        }
        TopDocs one = searcher.search(new TermQuery(new Term(ReportFields.Facet.REGION.filterField(), code)), 1);
        if (one.scoreDocs.length == 0) {
            return code;
        }
        Document doc = searcher.storedFields().document(one.scoreDocs[0].doc, Set.of(ReportFields.REGION_NAME));
        String name = doc.get(ReportFields.REGION_NAME);
        if (name == null || name.isBlank()) {
            return code;
        }
        regionNames.put(code, name);
        return name;
    }
}

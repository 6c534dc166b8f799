package cn.jixiao.publicsite.search;

import static cn.jixiao.publicsite.search.ReportFields.GRADE;
import static cn.jixiao.publicsite.search.ReportFields.ID;
import static cn.jixiao.publicsite.search.ReportFields.INDEX_NO_EXACT;
import static cn.jixiao.publicsite.search.ReportFields.PUBLISHED_ON;
import static cn.jixiao.publicsite.search.ReportFields.REGION_NAME;
import static cn.jixiao.publicsite.search.ReportFields.SCORE;
import static cn.jixiao.publicsite.search.ReportFields.YEAR;

import cn.jixiao.platform.publication.Grade;
import cn.jixiao.publicsite.report.Report;
import cn.jixiao.publicsite.report.ReportBody;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;

/** Turns a report into a Lucene document, and a stored document back into what a hit shows. */
final class ReportDocument {
    /** Stored, analyzed, with offsets in the postings: the highlighter reads them instead of analyzing again. */
    private static final FieldType TEXT = new FieldType(TextField.TYPE_STORED);
    /** Which reports hold a term, and nothing else: the match field costs little beside the texts. */
    private static final FieldType MATCH_TEXT = new FieldType();

    static {
        TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT.freeze();
        MATCH_TEXT.setIndexOptions(IndexOptions.DOCS);
        MATCH_TEXT.setTokenized(true);
        MATCH_TEXT.setOmitNorms(true);
        MATCH_TEXT.freeze();
    }

    private ReportDocument() {}

    static Term idTerm(long reportId) {
        return new Term(ID, Long.toString(reportId));
    }

    static Document of(Report report) {
        return of(report, ReportAnalyzer.CHOSEN);
    }

    static Document of(Report report, ReportAnalyzer.Mode mode) {
        var doc = new Document();
        doc.add(new StringField(ID, Long.toString(report.id()), Field.Store.YES));
        doc.add(new NumericDocValuesField(ID, report.id()));
        doc.add(new StringField(INDEX_NO_EXACT, report.indexNo(), Field.Store.NO));
        doc.add(new NumericDocValuesField(PUBLISHED_ON, report.publishedOn().toEpochDay()));
        doc.add(new StoredField(PUBLISHED_ON, report.publishedOn().toString()));
        doc.add(new StoredField(YEAR, report.year()));
        doc.add(new StoredField(REGION_NAME, Objects.requireNonNullElse(report.region(), "")));

        text(doc, mode, ReportFields.Text.TITLE, report.title());
        text(doc, mode, ReportFields.Text.KEYWORDS, report.keywords());
        text(doc, mode, ReportFields.Text.REGION, report.regionPath());
        text(doc, mode, ReportFields.Text.PUBLISHER, report.publisher());
        text(doc, mode, ReportFields.Text.INDEX_NO, report.indexNo());
        text(doc, mode, ReportFields.Text.SUMMARY, report.summary());
        text(doc, mode, ReportFields.Text.BODY, ReportBody.plainText(report.body()));

        facet(doc, ReportFields.Facet.REGION, report.tenantId());
        facet(doc, ReportFields.Facet.PUBLISHER, report.publisher());
        facet(doc, ReportFields.Facet.YEAR, Integer.toString(report.year()));
        facet(
                doc,
                ReportFields.Facet.KIND,
                report.kind() == null ? null : report.kind().name());
        facet(
                doc,
                ReportFields.Facet.GRADE,
                report.grade() == null ? null : report.grade().name());
        if (report.grade() != null) {
            doc.add(new StoredField(GRADE, report.grade().name()));
        }
        if (report.score() != null) {
            doc.add(new StoredField(SCORE, report.score().toPlainString()));
        }
        try {
            return ReportFields.FACETS.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Document doc, ReportAnalyzer.Mode mode, ReportFields.Text field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new Field(field.field(), value, TEXT));
            doc.add(new Field(ReportFields.MATCH, value, MATCH_TEXT));
            if (mode == ReportAnalyzer.Mode.BOTH) {
                doc.add(new TextField(field.bigrams(), value, Field.Store.NO));
            }
        }
    }

    /** A facet value (counted) and the same value as an exact term (filtered on). */
    private static void facet(Document doc, ReportFields.Facet facet, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new SortedSetDocValuesFacetField(facet.dim, value));
            doc.add(new StringField(facet.filterField(), value, Field.Store.NO));
        }
    }

    /** The stored values of a hit, before highlighting. */
    record Stored(
            long id,
            String title,
            String publisher,
            String indexNo,
            LocalDate publishedOn,
            String region,
            int year,
            Grade grade,
            BigDecimal score,
            String summary,
            String bodyText) {}

    static Stored stored(Document doc) {
        String grade = doc.get(GRADE);
        String score = doc.get(SCORE);
        return new Stored(
                Long.parseLong(doc.get(ID)),
                doc.get(ReportFields.Text.TITLE.field()),
                doc.get(ReportFields.Text.PUBLISHER.field()),
                doc.get(ReportFields.Text.INDEX_NO.field()),
                LocalDate.parse(doc.get(PUBLISHED_ON)),
                doc.get(REGION_NAME),
                doc.getField(YEAR).numericValue().intValue(),
                grade == null ? null : Grade.valueOf(grade),
                score == null ? null : new BigDecimal(score),
                Objects.requireNonNullElse(doc.get(ReportFields.Text.SUMMARY.field()), ""),
                Objects.requireNonNullElse(doc.get(ReportFields.Text.BODY.field()), ""));
    }
}

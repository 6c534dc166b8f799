package cn.jixiao.publicsite.search;

import static cn.jixiao.publicsite.search.ReportFields.BODY_TEXT;
import static cn.jixiao.publicsite.search.ReportFields.GRADE;
import static cn.jixiao.publicsite.search.ReportFields.ID;
import static cn.jixiao.publicsite.search.ReportFields.INDEX_NO;
import static cn.jixiao.publicsite.search.ReportFields.INDEX_NO_EXACT;
import static cn.jixiao.publicsite.search.ReportFields.PUBLISHED_ON;
import static cn.jixiao.publicsite.search.ReportFields.PUBLISHER;
import static cn.jixiao.publicsite.search.ReportFields.REGION;
import static cn.jixiao.publicsite.search.ReportFields.SCORE;
import static cn.jixiao.publicsite.search.ReportFields.SUMMARY;
import static cn.jixiao.publicsite.search.ReportFields.TITLE;
import static cn.jixiao.publicsite.search.ReportFields.YEAR;

import cn.jixiao.platform.publication.Grade;
import cn.jixiao.publicsite.report.Report;
import cn.jixiao.publicsite.report.ReportBody;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;

/** Turns a report into a Lucene document, and a stored document back into what a hit shows. */
final class ReportDocument {
    private ReportDocument() {}

    static Term idTerm(long reportId) {
        return new Term(ID, Long.toString(reportId));
    }

    static Document of(Report report) {
        var doc = new Document();
        doc.add(new StringField(ID, Long.toString(report.id()), Field.Store.YES));
        doc.add(new NumericDocValuesField(ID, report.id()));
        doc.add(new StringField(INDEX_NO_EXACT, report.indexNo(), Field.Store.NO));
        doc.add(new NumericDocValuesField(PUBLISHED_ON, report.publishedOn().toEpochDay()));
        doc.add(new StoredField(PUBLISHED_ON, report.publishedOn().toString()));
        doc.add(new IntPoint(YEAR, report.year()));
        doc.add(new StoredField(YEAR, report.year()));

        String body = ReportBody.plainText(report.body());
        text(doc, ReportFields.Text.TITLE, report.title());
        text(doc, ReportFields.Text.KEYWORDS, report.keywords());
        text(doc, ReportFields.Text.REGION, report.regionPath());
        text(doc, ReportFields.Text.PUBLISHER, report.publisher());
        text(doc, ReportFields.Text.INDEX_NO, report.indexNo());
        text(doc, ReportFields.Text.SUMMARY, report.summary());
        text(doc, ReportFields.Text.BODY, body);

        doc.add(new StoredField(TITLE, report.title()));
        doc.add(new StoredField(PUBLISHER, report.publisher()));
        doc.add(new StoredField(INDEX_NO, report.indexNo()));
        doc.add(new StoredField(REGION, Objects.requireNonNullElse(report.region(), "")));
        doc.add(new StoredField(SUMMARY, report.summary()));
        doc.add(new StoredField(BODY_TEXT, body));
        if (report.grade() != null) {
            doc.add(new StoredField(GRADE, report.grade().name()));
        }
        if (report.score() != null) {
            doc.add(new StoredField(SCORE, report.score().toPlainString()));
        }
        return doc;
    }

    private static void text(Document doc, ReportFields.Text field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new TextField(field.words(), value, Field.Store.NO));
            doc.add(new TextField(field.bigrams(), value, Field.Store.NO));
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
                doc.get(TITLE),
                doc.get(PUBLISHER),
                doc.get(INDEX_NO),
                LocalDate.parse(doc.get(PUBLISHED_ON)),
                doc.get(REGION),
                doc.getField(YEAR).numericValue().intValue(),
                grade == null ? null : Grade.valueOf(grade),
                score == null ? null : new BigDecimal(score),
                doc.get(SUMMARY),
                doc.get(BODY_TEXT));
    }
}

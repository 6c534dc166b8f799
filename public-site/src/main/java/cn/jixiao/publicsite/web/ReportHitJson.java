package cn.jixiao.publicsite.web;

import cn.jixiao.publicsite.search.SearchHit;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A hit in the JSON API; {@code snippet} is plain text (the pages show it with the matches marked). */
public record ReportHitJson(
        long id,
        String title,
        String publisher,
        String indexNo,
        LocalDate publishedOn,
        String region,
        int year,
        String grade,
        String gradeLabel,
        BigDecimal score,
        String snippet) {

    static ReportHitJson of(SearchHit hit) {
        return new ReportHitJson(
                hit.id(),
                hit.title(),
                hit.publisher(),
                hit.indexNo(),
                hit.publishedOn(),
                hit.region(),
                hit.year(),
                hit.grade() == null ? null : hit.grade().name(),
                hit.grade() == null ? null : hit.grade().label(),
                hit.score(),
                hit.snippet().text());
    }
}

package cn.jixiao.publicsite.search;

import cn.jixiao.platform.publication.Grade;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One report in a result list, with its title and a snippet marked where they matched. */
public record SearchHit(
        long id,
        String title,
        String publisher,
        String indexNo,
        LocalDate publishedOn,
        String region,
        int year,
        Grade grade,
        BigDecimal score,
        Highlight markedTitle,
        Highlight snippet) {}

package cn.jixiao.publicsite.region;

import cn.jixiao.platform.publication.EvaluationKind;
import cn.jixiao.platform.publication.EvaluationScope;
import cn.jixiao.platform.publication.Grade;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A report in a region's list. */
public record RegionReport(
        long id,
        String title,
        String publisher,
        String indexNo,
        LocalDate publishedOn,
        int year,
        EvaluationKind kind,
        EvaluationScope scope,
        BigDecimal score,
        Grade grade) {}

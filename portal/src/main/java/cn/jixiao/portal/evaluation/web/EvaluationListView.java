package cn.jixiao.portal.evaluation.web;

import cn.jixiao.portal.region.FiscalYears.YearChoice;
import cn.jixiao.portal.web.Option;
import cn.jixiao.portal.web.Paged;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.util.List;

/** The evaluation list page: one year's evaluations the user may read, filtered, sorted and paged. */
@TemplateData
public record EvaluationListView(
        int year,
        List<YearChoice> years,
        Paged<Row> rows,
        List<Option> departments,
        List<Option> kinds,
        List<Option> statuses,
        String sort,
        String filterQuery,
        String pagerBase,
        boolean filtered,
        ScoreChart chart,
        StartForm start) {

    @TemplateData
    public record Row(
            long id,
            String subjectName,
            long departmentId,
            String departmentName,
            Long projectId,
            String kind,
            String kindLabel,
            String status,
            String statusLabel,
            BigDecimal totalScore,
            String grade,
            String gradeLabel) {}

    /** The 开始评价 form: what the user may start an evaluation of (null when they may start none). */
    @TemplateData
    public record StartForm(
            int year,
            List<Option> departments,
            List<ProjectChoice> projects,
            List<Option> kinds,
            List<Option> templates) {}

    @TemplateData
    public record ProjectChoice(long id, String name, long departmentId, int year) {}
}

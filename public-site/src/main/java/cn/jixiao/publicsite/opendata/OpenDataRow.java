package cn.jixiao.publicsite.opendata;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One published report in the open data: where and by whom, what kind, and its key figures.
 *
 * @param budgetYuan    the evaluated budget in 元 (null when the report does not give it)
 * @param executionRate the budget execution rate in percent (null when not given)
 * @param url           the report's page
 */
public record OpenDataRow(
        long id,
        String indexNo,
        String title,
        String regionCode,
        String region,
        String publisher,
        int year,
        String kind,
        String kindLabel,
        String scope,
        BigDecimal score,
        String grade,
        String gradeLabel,
        BigDecimal budgetYuan,
        BigDecimal executionRate,
        LocalDate publishedOn,
        String url) {

    /** The CSV header, in the order of {@link #cells()}: Chinese name (English key). */
    public static final String[] HEADER = {
        "编号(id)", "索引号(indexNo)", "标题(title)", "地区代码(regionCode)", "地区(region)", "发布机构(publisher)",
        "年度(year)", "类别(kind)", "类别名称(kindLabel)", "评价对象(scope)", "得分(score)", "等级(grade)",
        "等级名称(gradeLabel)", "预算金额_元(budgetYuan)", "预算执行率_百分比(executionRate)", "发布日期(publishedOn)", "链接(url)"
    };

    public Object[] cells() {
        return new Object[] {
            id,
            indexNo,
            title,
            regionCode,
            region,
            publisher,
            year,
            kind,
            kindLabel,
            scope,
            plain(score),
            grade,
            gradeLabel,
            plain(budgetYuan),
            plain(executionRate),
            publishedOn,
            url
        };
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}

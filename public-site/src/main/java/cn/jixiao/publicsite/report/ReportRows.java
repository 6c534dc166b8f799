package cn.jixiao.publicsite.report;

import cn.jixiao.platform.publication.EvaluationKind;
import cn.jixiao.platform.publication.EvaluationScope;
import cn.jixiao.platform.publication.Grade;
import cn.jixiao.platform.publication.ReportStatus;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** Maps a row of {@link ReportRepository}'s select to a {@link Report}. */
final class ReportRows {
    private ReportRows() {}

    static Report report(ResultSet row) throws SQLException {
        Date publishedOn = row.getDate("published_on");
        return new Report(
                row.getLong("id"),
                row.getString("tenant_id"),
                row.getString("region_name"),
                row.getString("region_path"),
                row.getString("title"),
                row.getString("publisher"),
                row.getString("index_no"),
                row.getString("catalog"),
                publishedOn.toLocalDate(),
                row.getString("doc_no"),
                row.getString("keywords"),
                row.getLong("views"),
                row.getInt("fiscal_year"),
                EvaluationKind.valueOf(row.getString("kind")),
                EvaluationScope.valueOf(row.getString("scope")),
                row.getBigDecimal("score"),
                Grade.of(row.getString("grade")),
                row.getString("summary"),
                row.getString("body"),
                ReportStatus.valueOf(row.getString("status")),
                row.getString("withdrawn_reason"),
                row.getObject("withdrawn_at", OffsetDateTime.class),
                row.getObject("corrects_id", Long.class),
                row.getBigDecimal("budget_yuan"),
                row.getBigDecimal("execution_rate"));
    }
}

package cn.jixiao.publicsite.region;

import cn.jixiao.platform.publication.EvaluationKind;
import cn.jixiao.platform.publication.EvaluationScope;
import cn.jixiao.platform.publication.Grade;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The regions that publish on this site and their published reports (reads as the public role). */
@ApplicationScoped
public class RegionDirectory {
    private static final String REGIONS = """
            select g.code, g.name, concat_ws(' ', g2.name, g1.name, g.name),
                   count(r.id), max(r.published_on)
              from tenant t
              join region g on g.code = t.code
              left join region g1 on g1.code = g.parent_code
              left join region g2 on g2.code = g1.parent_code
              left join report r on r.tenant_id = t.code and r.status = 'PUBLISHED'
             where t.status = 'ACTIVE' %s
             group by g.code, g.name, g1.name, g2.name
             order by g.code""";
    private static final String FILTER = " and (?::int is null or fiscal_year = ?) and (?::text is null or kind = ?)";
    private static final String REPORTS = """
            select id, title, publisher, index_no, published_on, fiscal_year, kind, scope, score, grade
              from report where tenant_id = ? and status = 'PUBLISHED'""" + FILTER + " order by published_on desc, id desc limit ? offset ?";
    private static final String COUNT =
            "select count(*) from report where tenant_id = ? and status = 'PUBLISHED'" + FILTER;
    private static final String YEARS =
            "select distinct fiscal_year from report where tenant_id = ? and status = 'PUBLISHED' order by 1 desc";
    private static final String KINDS =
            "select distinct kind from report where tenant_id = ? and status = 'PUBLISHED' order by 1";

    @Inject
    AgroalDataSource dataSource;

    /** Every active region on the site, by code. */
    public List<RegionSummary> all() {
        return regions("", null);
    }

    /** One active region; empty for unknown codes and regions that are not (or no longer) on the site. */
    public Optional<RegionSummary> find(String code) {
        if (code == null || !code.matches("[0-9]{6}")) {
            return Optional.empty();
        }
        return regions(" and t.code = ?", code).stream().findFirst();
    }

    /**
     * A page of the region's published reports, newest first.
     *
     * @param year filter by 年度 (null: every year)
     * @param kind filter by kind (null: every kind)
     */
    public RegionReportPage reports(String code, Integer year, EvaluationKind kind, int page, int size) {
        try (Connection connection = dataSource.getConnection()) {
            var reports = new ArrayList<RegionReport>();
            long total;
            try (PreparedStatement statement = connection.prepareStatement(REPORTS)) {
                int next = filter(statement, code, year, kind);
                statement.setInt(next, size);
                statement.setInt(next + 1, (page - 1) * size);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        reports.add(new RegionReport(
                                rows.getLong(1),
                                rows.getString(2),
                                rows.getString(3),
                                rows.getString(4),
                                rows.getDate(5).toLocalDate(),
                                rows.getInt(6),
                                EvaluationKind.valueOf(rows.getString(7)),
                                EvaluationScope.valueOf(rows.getString(8)),
                                rows.getBigDecimal(9),
                                Grade.of(rows.getString(10))));
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(COUNT)) {
                filter(statement, code, year, kind);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    total = rows.getLong(1);
                }
            }
            var years = new ArrayList<Integer>();
            var kinds = new ArrayList<EvaluationKind>();
            try (PreparedStatement statement = connection.prepareStatement(YEARS)) {
                statement.setString(1, code);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        years.add(rows.getInt(1));
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(KINDS)) {
                statement.setString(1, code);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        kinds.add(EvaluationKind.valueOf(rows.getString(1)));
                    }
                }
            }
            return new RegionReportPage(reports, total, years, kinds);
        } catch (SQLException e) {
            throw new IllegalStateException("reading a region's reports failed", e);
        }
    }

    private static int filter(PreparedStatement statement, String code, Integer year, EvaluationKind kind)
            throws SQLException {
        statement.setString(1, code);
        statement.setObject(2, year, java.sql.Types.INTEGER);
        statement.setObject(3, year, java.sql.Types.INTEGER);
        statement.setString(4, kind == null ? null : kind.name());
        statement.setString(5, kind == null ? null : kind.name());
        return 6;
    }

    private List<RegionSummary> regions(String where, String code) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(REGIONS.formatted(where))) {
            if (code != null) {
                statement.setString(1, code);
            }
            try (ResultSet rows = statement.executeQuery()) {
                var regions = new ArrayList<RegionSummary>();
                while (rows.next()) {
                    Date latest = rows.getDate(5);
                    regions.add(new RegionSummary(
                            rows.getString(1),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getLong(4),
                            latest == null ? null : latest.toLocalDate()));
                }
                return regions;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the regions failed", e);
        }
    }
}

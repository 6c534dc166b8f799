package cn.jixiao.publicsite.record;

import cn.jixiao.platform.publication.record.Obligation;
import cn.jixiao.platform.publication.record.PublicationRecords;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a region's publication record with the public role (deadlines, the region's calendar, approval
 * dates and published reports are public), judged by the same rule as the portal's compliance view.
 */
@ApplicationScoped
public class RegionRecords {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String REGION = """
            select g.name from tenant t join region g on g.code = t.code where t.code = ? and t.status = 'ACTIVE'""";

    @Inject
    AgroalDataSource dataSource;

    /** The record of region {@code code} (six digits), newest year first; empty for no such active region. */
    public Optional<RegionRecord> of(String code) {
        if (code == null || !code.matches("[0-9]{6}")) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(CHINA);
        try (Connection connection = dataSource.getConnection()) {
            String name;
            try (PreparedStatement s = connection.prepareStatement(REGION)) {
                s.setString(1, code);
                try (ResultSet rows = s.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    name = rows.getString(1);
                }
            }
            Map<Integer, List<RegionRecord.Row>> byYear = new LinkedHashMap<>();
            for (Obligation o : PublicationRecords.load(connection, code, null, today)) {
                byYear.computeIfAbsent(o.fiscalYear(), y -> new ArrayList<>()).add(RegionRecord.Row.of(o));
            }
            var years = new ArrayList<RegionRecord.Year>();
            byYear.forEach((year, rows) -> years.add(new RegionRecord.Year(year, RegionRecord.Counts.of(rows), rows)));
            return Optional.of(new RegionRecord(code, name, today, years));
        } catch (SQLException e) {
            throw new IllegalStateException("publication record look-up failed", e);
        }
    }
}

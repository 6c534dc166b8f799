package cn.jixiao.publicsite.views;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.OptionalLong;

/**
 * 浏览量 that counts people: a report's count grows once per visitor and day. The visitor is a
 * SHA-256 of the day's salt, the client address and the browser; the salt is shared by every replica
 * (table view_salt) and deleted with the rows of past days, so the hashes cannot be traced back.
 */
@ApplicationScoped
public class ReaderCounter {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String COUNT = """
            with added as (
                insert into report_view (tenant_id, report_id, day, visitor_hash)
                select r.tenant_id, r.id, ?, ? from report r where r.id = ? and r.status = 'PUBLISHED'
                on conflict do nothing
                returning report_id)
            update report set views = views + 1 where id in (select report_id from added) returning views""";

    private final SecureRandom random = new SecureRandom();
    private volatile DaySalt salt;

    @Inject
    AgroalDataSource dataSource;

    Clock clock = Clock.system(CHINA);

    private record DaySalt(LocalDate day, byte[] salt) {}

    /** Counts a reading of a published report; answers the new count, or empty when this visitor was counted today. */
    public OptionalLong count(long reportId, String address, String userAgent) {
        LocalDate today = LocalDate.now(clock);
        try (Connection connection = dataSource.getConnection()) {
            byte[] visitor = visitor(saltOf(connection, today), address, userAgent);
            try (PreparedStatement statement = connection.prepareStatement(COUNT)) {
                statement.setDate(1, Date.valueOf(today));
                statement.setBytes(2, visitor);
                statement.setLong(3, reportId);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("counting a reader failed", e);
        }
    }

    private byte[] saltOf(Connection connection, LocalDate today) throws SQLException {
        DaySalt known = salt;
        if (known != null && known.day().equals(today)) {
            return known.salt();
        }
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        try (PreparedStatement insert = connection.prepareStatement(
                        "insert into view_salt (day, salt) values (?, ?) on conflict do nothing");
                PreparedStatement select = connection.prepareStatement("select salt from view_salt where day = ?");
                PreparedStatement forgetSalts = connection.prepareStatement("delete from view_salt where day < ?");
                PreparedStatement forgetVisits = connection.prepareStatement("delete from report_view where day < ?")) {
            insert.setDate(1, Date.valueOf(today));
            insert.setBytes(2, fresh);
            insert.executeUpdate();
            select.setDate(1, Date.valueOf(today));
            byte[] shared;
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                shared = rows.getBytes(1); // another replica may have made the day's salt first
            }
            // yesterday's readers are forgotten: their salt goes, so no hash can be traced back
            forgetSalts.setDate(1, Date.valueOf(today));
            forgetSalts.executeUpdate();
            forgetVisits.setDate(1, Date.valueOf(today));
            forgetVisits.executeUpdate();
            salt = new DaySalt(today, shared);
            return shared;
        }
    }

    static byte[] visitor(byte[] salt, String address, String userAgent) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            digest.update(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(String.valueOf(userAgent).getBytes(StandardCharsets.UTF_8));
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

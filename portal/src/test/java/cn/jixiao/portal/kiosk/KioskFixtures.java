package cn.jixiao.portal.kiosk;

import static io.restassured.RestAssured.given;

import cn.jixiao.portal.BookFixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.Arc;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.apache.http.entity.mime.HttpMultipartMode;

/**
 * Devices made for a test as the database owner (row-level security does not apply, so every row
 * names its tenant): codes start "TK-" plus a per-run suffix, and {@link #remove} deletes them with
 * their events, documents and faults, so the demo roll-out's counts stay as the seed gives them.
 */
final class KioskFixtures {
    static final String YIJINHUOLUO = "150627";

    /** The main path, each step dated a few days after the one before (2024). */
    private static final List<String[]> STEPS = List.of(
            new String[] {"ORDERED", "2024-01-05"}, new String[] {"DELIVERED", "2024-01-10"},
            new String[] {"INSTALLED", "2024-01-15"}, new String[] {"TRIAL_RUN", "2024-01-20"},
            new String[] {"ACCEPTED", "2024-02-20"}, new String[] {"IN_SERVICE", "2024-02-21"});

    private KioskFixtures() {
    }

    static String runPrefix() {
        return "TK-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    /**
     * A device of 伊金霍洛旗 bought by {@code buyer}, standing at the demo point {@code pointCode},
     * taken along the main path up to {@code status} with one event per step.
     */
    static long device(String code, String buyer, String pointCode, DeviceStatus status) {
        long id = BookFixtures.queryLong("""
                insert into device (tenant_id, code, type_id, department_id, point_id, status, ordered_on)
                values (?, ?, (select id from device_type where tenant_id = ? and name = '社保自助服务一体机'),
                        (select id from department where tenant_id = ? and code = ?),
                        (select id from service_point where tenant_id = ? and code = ?), ?, date '2024-01-05')
                returning id""", YIJINHUOLUO, code, YIJINHUOLUO, YIJINHUOLUO, buyer, YIJINHUOLUO, pointCode,
                status.name());
        for (String[] step : STEPS) {
            BookFixtures.execute("insert into device_event (tenant_id, device_id, status, on_date, actor)"
                    + " values (?, ?, ?, ?::date, 'test')", YIJINHUOLUO, id, step[0], step[1]);
            if (step[0].equals(status.name())) {
                break;
            }
        }
        return id;
    }

    static void remove(String prefix) {
        BookFixtures.execute("delete from device where tenant_id = ? and code like ?", YIJINHUOLUO, prefix + "%");
    }

    /** The device's status as stored. */
    static String status(long device) {
        try (Connection c = owner().getConnection();
                PreparedStatement s = c.prepareStatement("select status from device where id = ?")) {
            s.setLong(1, device);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AgroalDataSource owner() {
        return Arc.container().instance(AgroalDataSource.class, new DataSource.DataSourceLiteral("owner")).get();
    }

    static long count(String sql, Object... params) {
        return BookFixtures.queryLong(sql, params);
    }

    /**
     * A request as this token's user (no content type: multipart and JSON callers set their own);
     * multipart file names are sent in UTF-8 as browsers do, so Chinese names arrive intact.
     */
    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).config(RestAssuredConfig.config()
                .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)));
    }
}

package cn.jixiao.portal.kiosk;

import static io.restassured.RestAssured.given;

import cn.jixiao.portal.BookFixtures;
import cn.jixiao.portal.project.ProjectFixtures;
import cn.jixiao.testing.Tokens;
import cn.jixiao.testing.Uploads;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.Arc;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * Devices for the document and fault tests, made through the devices API with codes "TK-" plus a
 * per-run suffix; {@link #remove} deletes them as the database owner with their events, documents
 * and faults, so the region's counts stay as the demo roll-out gives them.
 */
final class EvidenceFixtures {
    static final String YIJINHUOLUO = "150627";

    static String runPrefix() {
        return "TK-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    /**
     * A device of 伊金霍洛旗 registered through the API by the buying department's editor
     * ({@code buyerUser} of department {@code buyer}), standing at the demo point {@code pointCode},
     * and taken along the main path (2024 dates) up to {@code status}.
     */
    static long device(String code, String buyerUser, String buyer, String pointCode, DeviceStatus status) {
        String token = Tokens.accessToken(buyerUser);
        long type = BookFixtures.queryLong(
                "select id from device_type where tenant_id = ? and name = '社保自助服务一体机'", YIJINHUOLUO);
        long point = BookFixtures.queryLong(
                "select id from service_point where tenant_id = ? and code = ?", YIJINHUOLUO, pointCode);
        var body = KioskFixtures.deviceBody(
                BookFixtures.departmentId(YIJINHUOLUO, buyer), type, point, null, "2024-01-05");
        body.put("code", code);
        long id = KioskFixtures.id(ProjectFixtures.as(token)
                .body(body)
                .post("/api/kiosks/devices")
                .then()
                .statusCode(201));
        List<Runnable> path = List.of(
                () -> KioskFixtures.step(token, id, "DELIVERED", "2024-01-10").statusCode(200),
                () -> KioskFixtures.step(token, id, "INSTALLED", "2024-01-15").statusCode(200),
                () -> KioskFixtures.step(token, id, "TRIAL_RUN", "2024-01-20").statusCode(200),
                () -> KioskFixtures.accept(token, id, "PASSED", "2024-02-20", null)
                        .statusCode(200),
                () -> KioskFixtures.step(token, id, "IN_SERVICE", "2024-02-21").statusCode(200));
        List<DeviceStatus> reached = List.of(
                DeviceStatus.DELIVERED,
                DeviceStatus.INSTALLED,
                DeviceStatus.TRIAL_RUN,
                DeviceStatus.ACCEPTED,
                DeviceStatus.IN_SERVICE);
        for (int i = 0; i < reached.indexOf(status) + 1; i++) {
            path.get(i).run();
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
        return Arc.container()
                .instance(AgroalDataSource.class, new DataSource.DataSourceLiteral("owner"))
                .get();
    }

    static long count(String sql, Object... params) {
        return BookFixtures.queryLong(sql, params);
    }

    /**
     * A request as this token's user (no content type: multipart and JSON callers set their own);
     * multipart file names are sent in UTF-8 as browsers do, so Chinese names arrive intact.
     */
    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).config(Uploads.asBrowsersDo());
    }
}

package cn.jixiao.portal.kiosk;

import static io.restassured.RestAssured.given;

import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.restassured.response.Response;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Kiosk test data: device types written with the owner's connection (no catalogue import exists),
 * points and devices only through the import sheets. Everything carries this run's prefix
 * ({@code TT-xxxxxx-}, types {@code TT xxxxxx …}) and is removed by {@link #clean()}.
 */
public final class KioskImportFixtures {
    public static final String EJIN = "150627";
    public static final String BAOSHAN = "530500";
    public static final String DEVICE_HEADER = "设备编号,设备类型,型号,序列号,供应商,单价（万元）,购置部门,合同,服务点编号,状态,订购日期,"
            + "到货日期,安装日期,试运行日期,验收日期,验收结论,投入使用日期,报废日期,联网验收日期,联网验收人,付款日期\n";
    public static final String POINT_HEADER =
            "服务点编号,名称,地址,社区,经度,纬度,24小时开放,开放时间,状态,开工日期,投入使用日期," + "预计投入使用日期,关闭日期,负责单位\n";

    private final AgroalDataSource owner;
    /** This run's prefix for codes, e.g. TT-4f2a9c-. */
    public final String prefix;
    /** This run's device type in 伊金霍洛旗, e.g. "TT 4f2a9c 智能政务服务工作台". */
    public final String type;

    public KioskImportFixtures(AgroalDataSource owner) {
        this.owner = owner;
        String run = UUID.randomUUID().toString().substring(0, 6);
        this.prefix = "TT-" + run + "-";
        this.type = "TT " + run + " 智能政务服务工作台";
    }

    public void seedTypes() {
        update("insert into device_type (tenant_id, name, services) values (?, ?, '{综合受理,社保查询}')", EJIN, type);
        update("insert into device_type (tenant_id, name) values (?, ?)", BAOSHAN, type);
    }

    public void clean() {
        update("delete from device where code like ?", prefix + "%");
        update("delete from service_point where code like ?", prefix + "%");
        update("delete from device_type where name = ?", type);
    }

    /** A point file's row for this run (code without the prefix). */
    public String point(String code, String name, String status, String department) {
        return prefix + code + "," + name + ",伊金霍洛旗阿勒腾席热镇" + name + ",新北社区,109.787,39.604,是,00:00-24:00," + status
                + ",2022-03-01,2022-06-01,,," + department + "\n";
    }

    public String code(String code) {
        return prefix + code;
    }

    public long deviceId(String code) {
        return (Long) rows("select id from device where code = ?", prefix + code)
                .get(0)
                .get("id");
    }

    public List<Map<String, Object>> rows(String sql, Object... params) {
        try (Connection c = owner.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                var rows = new ArrayList<Map<String, Object>>();
                while (rs.next()) {
                    var row = new LinkedHashMap<String, Object>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long count(String sql, Object... params) {
        return ((Number) rows(sql, params).get(0).values().iterator().next()).longValue();
    }

    public int update(String sql, Object... params) {
        try (Connection c = owner.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            if (params[i] == null) {
                s.setNull(i + 1, Types.NULL);
            } else {
                s.setObject(i + 1, params[i]);
            }
        }
    }

    // ---------- HTTP ----------

    public static Response importSheet(String user, String sheet, String mode, String fileName, byte[] content) {
        return given().auth()
                .oauth2(Tokens.accessToken(user))
                .multiPart("file", fileName, content, type(fileName))
                .post("/api/transfer/" + sheet + "/import?mode=" + mode);
    }

    public static byte[] exportSheet(String user, String sheet, String format) {
        return given().auth()
                .oauth2(Tokens.accessToken(user))
                .get("/api/transfer/" + sheet + "/export?format=" + format)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
    }

    public static Response importUsage(String user, String mode, String fileName, byte[] content) {
        return given().auth()
                .oauth2(Tokens.accessToken(user))
                .multiPart("file", fileName, content, type(fileName))
                .post("/api/kiosks/usage/import?mode=" + mode);
    }

    private static String type(String fileName) {
        return fileName.endsWith(".xlsx")
                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/csv";
    }

    public static byte[] csv(String text) {
        return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] csv(String text, Charset charset) {
        return text.getBytes(charset);
    }
}

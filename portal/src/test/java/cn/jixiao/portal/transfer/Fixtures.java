package cn.jixiao.portal.transfer;

import static io.restassured.RestAssured.given;

import cn.jixiao.testing.Tokens;
import cn.jixiao.testing.Uploads;
import io.agroal.api.AgroalDataSource;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test data written with the owner's connection (it bypasses row-level security, so every row
 * names its tenant). Everything made here is recognisable and removed by {@link #clean()}:
 * budgets of the years 2090 and later, projects with budget codes starting "TT-", contracts
 * titled "TT …".
 */
final class Fixtures {
    static final String BAOSHAN = "530500";
    static final String YUEYANG = "430600";

    private final AgroalDataSource owner;

    Fixtures(AgroalDataSource owner) {
        this.owner = owner;
    }

    void clean() {
        update("delete from expenditure where project_id in (select id from project where budget_code like 'TT-%')");
        update("delete from contract where title like 'TT %'");
        update("delete from project where budget_code like 'TT-%'");
        update("delete from department_budget where year >= 2090");
    }

    long department(String tenant, String code) {
        return (Long) rows("select id from department where tenant_id = ? and code = ?", tenant, code)
                .get(0)
                .get("id");
    }

    long project(String tenant, String departmentCode, String budgetCode, int year, String name) {
        return insert(
                "insert into project (tenant_id, department_id, name, budget_code, year) values (?, ?, ?, ?, ?)",
                tenant,
                department(tenant, departmentCode),
                name,
                budgetCode,
                year);
    }

    long budget(String tenant, String departmentCode, int year, Map<String, Object> money) {
        var columns = new ArrayList<>(money.keySet());
        var params = new ArrayList<Object>(List.of(tenant, department(tenant, departmentCode), year));
        params.addAll(money.values());
        return insert(
                "insert into department_budget (tenant_id, department_id, year"
                        + (columns.isEmpty() ? "" : ", " + String.join(", ", columns)) + ") values (?, ?, ?"
                        + ", ?".repeat(columns.size()) + ")",
                params.toArray());
    }

    long expenditure(
            String tenant, long projectId, String content, String amount, String voucher, String date, String level) {
        return insert(
                "insert into expenditure (tenant_id, project_id, content, amount, voucher_no, spent_on, level)"
                        + " values (?, ?, ?, ?::numeric, ?, ?::date, ?)",
                tenant,
                projectId,
                content,
                amount,
                voucher,
                date,
                level);
    }

    long contract(
            String tenant,
            String departmentCode,
            Long projectId,
            String no,
            String title,
            String vendor,
            String amount,
            String signedOn,
            String method,
            String acceptedOn,
            String result) {
        return insert(
                "insert into contract (tenant_id, department_id, project_id, contract_no, title, vendor, amount,"
                        + " signed_on, procurement_method, accepted_on, acceptance_result, acceptance_terms)"
                        + " values (?, ?, ?, ?, ?, ?, ?::numeric, ?::date, ?, ?::date, ?, ?)",
                tenant,
                department(tenant, departmentCode),
                projectId,
                no,
                title,
                vendor,
                amount,
                signedOn,
                method,
                acceptedOn,
                result,
                "试运行一个月，15个工作日内验收");
    }

    List<Map<String, Object>> rows(String sql, Object... params) {
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

    long count(String sql, Object... params) {
        return ((Number) rows(sql, params).get(0).values().iterator().next()).longValue();
    }

    int update(String sql, Object... params) {
        try (Connection c = owner.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long insert(String sql, Object... params) {
        try (Connection c = owner.getConnection();
                PreparedStatement s = c.prepareStatement(sql, new String[] {"id"})) {
            bind(s, params);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
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

    static byte[] export(String user, String sheet, String query) {
        return given().auth()
                .oauth2(Tokens.accessToken(user))
                .get("/api/transfer/" + sheet + "/export?" + query)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
    }

    static Response upload(String user, String sheet, String query, String fileName, byte[] content) {
        return given().auth()
                .oauth2(Tokens.accessToken(user))
                .config(Uploads.asBrowsersDo())
                .multiPart(
                        "file",
                        fileName,
                        content,
                        fileName.endsWith(".xlsx")
                                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                                : "text/csv")
                .post("/api/transfer/" + sheet + "/import?" + query);
    }

    static byte[] csv(String text) {
        return ("\uFEFF" + text).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}

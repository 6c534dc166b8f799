package cn.jixiao.portal;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.Arc;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Test helpers for the department books: ids of demo departments, exact decimals in JSON. */
public final class BookFixtures {
    /** Reads JSON numbers as BigDecimal, so 113.33 is compared exactly. */
    public static final RestAssuredConfig DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    private BookFixtures() {
    }

    /** A department's id, read as the database owner (across regions, for tests only). */
    public static long departmentId(String tenant, String code) {
        return queryLong("select id from department where tenant_id = ? and code = ?", tenant, code);
    }

    public static long queryLong(String sql, Object... params) {
        try (Connection c = owner().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no row for " + sql);
                }
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a statement as the database owner (test set-up only). */
    public static int execute(String sql, Object... params) {
        try (Connection c = owner().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AgroalDataSource owner() {
        return Arc.container().instance(AgroalDataSource.class, new DataSource.DataSourceLiteral("owner")).get();
    }
}

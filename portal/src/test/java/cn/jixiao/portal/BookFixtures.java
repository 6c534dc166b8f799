package cn.jixiao.portal;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.Arc;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Test helpers for the department books: ids of demo departments, exact decimals in JSON. */
public final class BookFixtures {
    /** Reads JSON numbers as BigDecimal, so 113.33 is compared exactly. */
    public static final RestAssuredConfig DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    private BookFixtures() {}

    /** Matches a JSON number equal to the amount, whatever its scale or Java type (900, 900.0, 900.00). */
    public static Matcher<Object> amount(String expected) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object actual) {
                return actual instanceof Number
                        && new BigDecimal(actual.toString()).compareTo(new BigDecimal(expected)) == 0;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("the amount " + expected);
            }
        };
    }

    /** A complete budget body (万元) for PUT /api/departments/{id}/budget, with the version read. */
    public static Map<String, Object> budgetBody(Integer version, String finalAccounts) {
        var body = new LinkedHashMap<String, Object>();
        body.put("version", version);
        body.put("currentYearIncome", new BigDecimal("983.16"));
        body.put("carryOver", new BigDecimal("28"));
        body.put("basicExpenditure", new BigDecimal("460.16"));
        body.put("projectExpenditure", new BigDecimal("551"));
        body.put("finalAccounts", new BigDecimal(finalAccounts));
        body.put("threePublicBudget", new BigDecimal("7.30"));
        body.put("threePublicActual", new BigDecimal("1.41"));
        body.put("threePublicLastYearActual", new BigDecimal("3.04"));
        return body;
    }

    /** A department's id, read as the database owner (across regions, for tests only). */
    public static long departmentId(String tenant, String code) {
        return queryLong("select id from department where tenant_id = ? and code = ?", tenant, code);
    }

    public static long queryLong(String sql, Object... params) {
        try (Connection c = owner().getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
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

    /** The id of a department's budget for a year, read as the database owner. */
    public static long budgetId(String tenant, String code, int year) {
        return queryLong(
                "select b.id from department_budget b join department d on d.id = b.department_id"
                        + " where d.tenant_id = ? and d.code = ? and b.year = ?",
                tenant,
                code,
                year);
    }

    /**
     * Gives a department a budget for a year as the database owner, for departments no demo user
     * edits (another department of the same region, a second department of a region).
     */
    public static long ownerBudget(String tenant, String code, int year, String income, String finalAccounts) {
        execute("""
                insert into department_budget (tenant_id, department_id, year, current_year_income, carry_over,
                        basic_expenditure, project_expenditure, final_accounts)
                values (?, (select id from department where tenant_id = ? and code = ?), ?, ?::numeric, 0,
                        ?::numeric, 0, ?::numeric)
                on conflict (tenant_id, department_id, year) do update set
                    current_year_income = excluded.current_year_income,
                    basic_expenditure = excluded.basic_expenditure,
                    final_accounts = excluded.final_accounts""", tenant, tenant, code, year, income, income, finalAccounts);
        return budgetId(tenant, code, year);
    }

    /** Runs a statement as the database owner (test set-up only). */
    public static int execute(String sql, Object... params) {
        try (Connection c = owner().getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AgroalDataSource owner() {
        return Arc.container()
                .instance(AgroalDataSource.class, new DataSource.DataSourceLiteral("owner"))
                .get();
    }
}

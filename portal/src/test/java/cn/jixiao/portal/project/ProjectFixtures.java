package cn.jixiao.portal.project;

import static io.restassured.RestAssured.given;

import io.agroal.api.AgroalDataSource;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Shared steps of the project and contract tests: who asks, the demo records, the database as the owner sees it. */
public final class ProjectFixtures {
    public static final String YUEYANG = "430600";
    public static final String YIJINHUOLUO = "150627";

    private ProjectFixtures() {}

    /** A request as this token's user, reading JSON numbers as exact BigDecimals. */
    public static RequestSpecification as(String token) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .config(RestAssuredConfig.config()
                        .jsonConfig(
                                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
    }

    /** Matches a JSON number (integer or decimal) numerically equal to the given amount. */
    public static Matcher<Object> decimal(String expected) {
        BigDecimal value = new BigDecimal(expected);
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof Number n && new BigDecimal(n.toString()).compareTo(value) == 0;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a number equal to " + expected);
            }
        };
    }

    public static long departmentId(String token, String code) {
        Number id = given().auth()
                .oauth2(token)
                .get("/api/departments?size=200")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.code == '" + code + "' }.id");
        return id.longValue();
    }

    /** The 一窗受理 project of seed 003 (budget code 087001, 2019). */
    public static long demoProjectId(String token) {
        Number id = given().auth()
                .oauth2(token)
                .get("/api/projects?year=2019&size=200")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.budgetCode == '087001' }.id");
        return id.longValue();
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A project body for the given department, with municipal funds. */
    public static Map<String, Object> projectBody(long departmentId, String name, String budgetCode) {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("departmentId", departmentId);
        body.put("name", name);
        body.put("budgetCode", budgetCode);
        body.put("ownerName", "测试负责人");
        body.put("contact", "0730-0000000");
        body.put("startsOn", "2024-03-01");
        body.put("endsOn", "2024-12-31");
        body.put("goals", "测试项目目标");
        body.put("year", 2024);
        body.put("funds", List.of(Map.of("level", "MUNICIPAL", "planned", 100, "arrived", 80, "spent", 20)));
        return body;
    }

    /** Creates a project as the given editor and returns its id. */
    public static long createProject(String editorToken, long departmentId, String name) {
        Number id = as(editorToken)
                .body(projectBody(departmentId, name, unique("T")))
                .post("/api/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return id.longValue();
    }

    public static long count(AgroalDataSource owner, String sql, Object... args) throws SQLException {
        try (Connection c = owner.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public static List<String> strings(AgroalDataSource owner, String sql, Object... args) throws SQLException {
        var values = new ArrayList<String>();
        try (Connection c = owner.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }

    /** Runs an insert … returning id as the owner (for records no demo user may create). */
    public static long insert(AgroalDataSource owner, String sql, Object... args) throws SQLException {
        try (Connection c = owner.getConnection();
                PreparedStatement s = c.prepareStatement(sql + " returning id")) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}

package cn.jixiao.publicsite.record;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.jixiao.testing.TestStack;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A region's public publication record over the demo reports, with deadlines set here: 保山's 2018 project
 * self-evaluation (published 2019-06-21, due 2019-06-30: on time), 岳阳's 2019 one (published 2020-06-09, due
 * 2020-05-31 for every budget unit: nine days late, and its other bureaus and centres published nothing).
 */
@QuarkusTest
@QuarkusTestResource(value = TestStack.class, restrictToAnnotatedClass = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegionRecordTest {
    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    private boolean ready;

    /** Once, before the first test (the app is up by then: @BeforeAll runs before RestAssured knows its port). */
    @BeforeEach
    void setDeadlines() throws SQLException {
        if (ready) {
            return;
        }
        ready = true;
        execute("""
                insert into publication_deadline (tenant_id, fiscal_year, kind, due_on, applies_to, created_by, updated_by)
                values ('530500', 2018, 'SELF', date '2019-06-30', 'EVALUATED', 'record-test', 'record-test'),
                       ('430600', 2019, 'SELF', date '2020-05-31', 'BUDGET_UNITS', 'record-test', 'record-test')
                on conflict (tenant_id, fiscal_year, kind) do update set due_on = excluded.due_on,
                    applies_to = excluded.applies_to, created_by = excluded.created_by""");
    }

    @AfterAll
    void removeDeadlines() throws SQLException {
        execute("delete from publication_deadline where created_by = 'record-test'");
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = owner.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void theJsonGivesEachYearsCountsAndEachDepartmentsState() {
        given().get("/api/regions/430600/record")
                .then()
                .statusCode(200)
                .body("name", equalTo("岳阳市"))
                .body("years.find { it.year == 2019 }.counts.late", equalTo(1))
                .body(
                        "years.find { it.year == 2019 }.rows.find { it.department == '岳阳市政务服务中心' }.state",
                        equalTo("LATE"))
                .body("years.find { it.year == 2019 }.rows.find { it.department == '岳阳市政务服务中心' }.daysLate", equalTo(9))
                .body(
                        "years.find { it.year == 2019 }.rows.findAll { it.department != '岳阳市政务服务中心' }.state",
                        everyItem(equalTo("MISSING")));
        given().get("/api/regions/530500/record")
                .then()
                .statusCode(200)
                .body("years.find { it.year == 2018 }.counts.onTime", equalTo(1))
                .body("years.find { it.year == 2018 }.rows[0].publishedOn", equalTo("2019-06-21"))
                .body("years.find { it.year == 2018 }.rows[0].state", equalTo("ON_TIME"))
                .body("years.rows.flatten().department", not(hasItem("岳阳市政务服务中心")));
    }

    @Test
    void thePageShowsTheRuleAndTheRecordAndLinksThePublishedReport() {
        given().get("/regions/430600/record")
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("岳阳市绩效评价报告公开记录"),
                        containsString("id=\"record-rule\""),
                        containsString("id=\"year-2019\""),
                        containsString("逾期公开（9 天）"),
                        containsString("逾期未公开"),
                        containsString("<a href=\"/reports/")));
    }

    @Test
    void anUnknownOrMalformedRegionIsNotFound() {
        given().get("/api/regions/999999/record").then().statusCode(404);
        given().get("/api/regions/abc/record").then().statusCode(404);
        given().get("/regions/999999/record").then().statusCode(404).body(containsString("未找到该地区"));
    }
}

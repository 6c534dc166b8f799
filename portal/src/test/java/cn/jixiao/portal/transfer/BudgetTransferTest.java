package cn.jixiao.portal.transfer;

import static cn.jixiao.portal.transfer.Fixtures.BAOSHAN;
import static cn.jixiao.portal.transfer.Fixtures.csv;
import static cn.jixiao.portal.transfer.Fixtures.export;
import static cn.jixiao.portal.transfer.Fixtures.upload;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 部门预算 import and export through the API, against the real database and Keycloak. */
@QuarkusTest
class BudgetTransferTest {
    /** The region's audited changes: a first request with a new token also records its sign-in, not counted here. */
    private static final String CHANGES_AUDITED = "select count(*) from audit_log where tenant_id = ?"
            + " and entity not in ('Session', 'Request', 'Download')";

    private static final String SNAPSHOT = """
            select d.code, b.year, b.current_year_income, b.carry_over, b.basic_expenditure, b.project_expenditure,
                   b.final_accounts, b.actual_basic_expenditure, b.actual_project_expenditure, b.three_public_budget,
                   b.three_public_actual, b.three_public_last_year_actual, b.public_funds_budget, b.public_funds_actual,
                   b.procurement_budget, b.procurement_actual, b.fixed_assets_book_value, b.fixed_assets_in_use
              from department_budget b join department d on d.id = b.department_id
             where b.tenant_id = ? and b.year = ? order by d.code""";

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    Fixtures data;

    @BeforeEach
    void seed() {
        data = new Fixtures(owner);
        data.clean();
    }

    @AfterEach
    void clean() {
        data.clean();
    }

    /** Seed 004's 2021 figures for 保山市政务服务管理局, and a second department with gaps and tiny amounts. */
    private void seedTwoBudgets(int year) {
        var zwfwglj = new LinkedHashMap<String, Object>();
        zwfwglj.put("current_year_income", new BigDecimal("1011.16"));
        zwfwglj.put("carry_over", new BigDecimal("28.15"));
        zwfwglj.put("basic_expenditure", new BigDecimal("540.3308"));
        zwfwglj.put("project_expenditure", new BigDecimal("470.8292"));
        zwfwglj.put("final_accounts", new BigDecimal("1039.31"));
        zwfwglj.put("three_public_budget", new BigDecimal("7.30"));
        zwfwglj.put("three_public_actual", new BigDecimal("1.41"));
        zwfwglj.put("three_public_last_year_actual", new BigDecimal("3.04"));
        zwfwglj.put("public_funds_budget", new BigDecimal("66.41"));
        zwfwglj.put("public_funds_actual", new BigDecimal("66.41"));
        zwfwglj.put("procurement_budget", new BigDecimal("22.43"));
        zwfwglj.put("procurement_actual", new BigDecimal("22.43"));
        zwfwglj.put("fixed_assets_book_value", new BigDecimal("1238.04"));
        zwfwglj.put("fixed_assets_in_use", new BigDecimal("1238.04"));
        data.budget(BAOSHAN, "zwfwglj", year, zwfwglj);
        data.budget(
                BAOSHAN,
                "czj",
                year,
                Map.of(
                        "current_year_income",
                        new BigDecimal("0.000001"),
                        "basic_expenditure",
                        new BigDecimal("1234567890.123456")));
    }

    @Test
    void csvExportThenImportGivesTheSameBudgetsBack() {
        roundTrip("csv");
    }

    @Test
    void xlsxExportThenImportGivesTheSameBudgetsBack() {
        roundTrip("xlsx");
    }

    private void roundTrip(String format) {
        seedTwoBudgets(2095);
        var before = data.rows(SNAPSHOT, BAOSHAN, 2095);
        byte[] file = export("baoshan-finance", "budgets", "format=" + format + "&year=2095");
        if (format.equals("csv")) {
            String text = new String(file, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("\uFEFF部门编码,部门名称,年度,本年收入（万元）"), text);
            assertTrue(text.contains("zwfwglj,保山市政务服务管理局,2095,1011.16,28.15,540.3308"), text);
        } else {
            assertEquals('P', file[0]);
        }

        // importing what was exported changes nothing
        upload("baoshan-finance", "budgets", "mode=commit", "预算." + format, file)
                .then()
                .statusCode(200)
                .body("committed", equalTo(true))
                .body("unchanged", equalTo(2))
                .body("created", equalTo(0))
                .body("updated", equalTo(0));
        assertEquals(before, data.rows(SNAPSHOT, BAOSHAN, 2095));

        // and into an empty year it recreates exactly the same figures
        data.update("delete from department_budget where tenant_id = ? and year = 2095", BAOSHAN);
        upload("baoshan-finance", "budgets", "mode=commit", "预算." + format, file)
                .then()
                .statusCode(200)
                .body("created", equalTo(2));
        assertEquals(before, data.rows(SNAPSHOT, BAOSHAN, 2095));
    }

    @Test
    void csvSavedByExcelOnChineseWindowsIsReadAsGbk() {
        byte[] gbk = "部门编码,年度,本年收入(万元),三公经费预算\r\nzwfwglj,2090,\"1,011.16\",7.30\r\n"
                .getBytes(java.nio.charset.Charset.forName("GBK"));
        upload("baoshan-dept", "budgets", "mode=commit", "预算.csv", gbk)
                .then()
                .statusCode(200)
                .body("created", equalTo(1));
        var row = data.rows(SNAPSHOT, BAOSHAN, 2090).get(0);
        assertEquals(0, new BigDecimal("1011.16").compareTo((BigDecimal) row.get("current_year_income")));
        assertEquals(0, new BigDecimal("7.3").compareTo((BigDecimal) row.get("three_public_budget")));
    }

    @Test
    void oneBadRowSavesNothingAndNamesItsRowAndColumn() {
        byte[] file = csv("""
                部门编码,年度,本年收入（万元）,上年结转（万元）
                zwfwglj,2096,100,1
                czj,2096,abc,2
                ggzyjyzx,2096,5,
                """);
        upload("baoshan-finance", "budgets", "mode=commit", "bad.csv", file)
                .then()
                .statusCode(422)
                .body("committed", equalTo(false))
                .body("errorCount", equalTo(1))
                .body("errors[0].row", equalTo(3))
                .body("errors[0].column", equalTo("本年收入（万元）"))
                .body("errors[0].text", equalTo("第 3 行「本年收入（万元）」：不是有效的数字 (not a valid number)"))
                .body("message", containsString("未保存任何数据"));
        assertEquals(0, data.count("select count(*) from department_budget where year = 2096"));
    }

    @Test
    void previewSavesNothingAndConfirmingItSavesAllRowsWithAnAuditTrail() {
        byte[] file = csv("""
                部门编码,年度,本年收入,基本支出（万元）,三公经费预算（万元）
                zwfwglj,2097,1011.16,540.3308,7.3
                czj,2097,20,10,
                """);
        long auditBefore = data.count(CHANGES_AUDITED, BAOSHAN);
        String token = upload("baoshan-finance", "budgets", "mode=preview", "预算.csv", file)
                .then()
                .statusCode(200)
                .body("committed", equalTo(false))
                .body("created", equalTo(2))
                .body("preview", hasSize(2))
                .body("preview[0].row", equalTo(2))
                .body("preview[0].actionLabel", equalTo("新增"))
                .body("preview[0].cells.text", contains("zwfwglj", "2097", "1011.16", "540.3308", "7.3"))
                .body("token", notNullValue())
                .extract()
                .path("token");
        assertEquals(0, data.count("select count(*) from department_budget where year = 2097"));

        var committed = io.restassured.RestAssured.given()
                .auth()
                .oauth2(Tokens.accessToken("baoshan-finance"))
                .multiPart("token", token)
                .post("/api/transfer/budgets/import?mode=commit")
                .then()
                .statusCode(200)
                .body("committed", equalTo(true))
                .body("created", equalTo(2))
                .body("message", containsString("导入成功"))
                .body("token", nullValue());
        assertEquals(2, data.count("select count(*) from department_budget where year = 2097"));
        assertEquals(0, new BigDecimal("7.3").compareTo((BigDecimal) data.rows(
                        "select three_public_budget from department_budget b join department d on d.id = b.department_id"
                                + " where b.year = 2097 and d.code = 'zwfwglj' and b.tenant_id = ?",
                        BAOSHAN)
                .get(0)
                .get("three_public_budget")));

        var audit = data.rows(
                "select action, entity, actor, after::text as after from audit_log"
                        + " where tenant_id = ? order by id desc limit 3",
                BAOSHAN);
        assertEquals(auditBefore + 3, data.count(CHANGES_AUDITED, BAOSHAN));
        assertEquals("IMPORT", audit.get(0).get("action"));
        assertEquals("部门预算", audit.get(0).get("entity"));
        assertEquals("baoshan-finance", audit.get(0).get("actor"));
        assertTrue(((String) audit.get(0).get("after")).contains("\"created\": 2"), (String)
                audit.get(0).get("after"));
        assertEquals(
                List.of("CREATE", "CREATE"),
                List.of(audit.get(1).get("action"), audit.get(2).get("action")));
        assertEquals("DepartmentBudget", audit.get(1).get("entity"));

        // the token is spent: confirming twice does not import twice
        io.restassured.RestAssured.given()
                .auth()
                .oauth2(Tokens.accessToken("baoshan-finance"))
                .multiPart("token", token)
                .post("/api/transfer/budgets/import?mode=commit")
                .then()
                .statusCode(404)
                .body("message", containsString("预览已过期或不存在"));
    }

    @Test
    void anotherUsersPreviewCannotBeConfirmed() {
        byte[] file = csv("部门编码,年度,本年收入\nzwfwglj,2094,1\n");
        String token = upload("baoshan-finance", "budgets", "mode=preview", "a.csv", file)
                .then()
                .statusCode(200)
                .extract()
                .path("token");
        io.restassured.RestAssured.given()
                .auth()
                .oauth2(Tokens.accessToken("baoshan-dept"))
                .multiPart("token", token)
                .post("/api/transfer/budgets/import?mode=commit")
                .then()
                .statusCode(404);
        assertEquals(0, data.count("select count(*) from department_budget where year = 2094"));
    }

    @Test
    void departmentEditorCannotImportAnotherDepartmentsBudget() {
        byte[] file = csv("""
                部门编码,年度,本年收入
                zwfwglj,2093,10
                czj,2093,20
                """);
        upload("baoshan-dept", "budgets", "mode=commit", "two.csv", file)
                .then()
                .statusCode(422)
                .body("errors", hasSize(1))
                .body("errors[0].row", equalTo(3))
                .body("errors[0].column", equalTo("部门编码"))
                .body("errors[0].message", equalTo("无权导入其他部门的数据 (you may not import another department's data)"));
        assertEquals(0, data.count("select count(*) from department_budget where year = 2093"));

        upload("baoshan-dept", "budgets", "mode=commit", "own.csv", csv("部门编码,年度,本年收入\nzwfwglj,2093,10\n"))
                .then()
                .statusCode(200)
                .body("created", equalTo(1));
    }

    @Test
    void departmentEditorExportsOnlyTheirOwnDepartment() {
        seedTwoBudgets(2092);
        String text = new String(export("baoshan-dept", "budgets", "format=csv&year=2092"), StandardCharsets.UTF_8);
        assertTrue(text.contains("zwfwglj,"), text);
        assertTrue(!text.contains("czj,"), text);
    }

    @Test
    void rowsLaterInTheFileAreMatchedAndDuplicatesRefused() {
        seedTwoBudgets(2091);
        byte[] file = csv("""
                部门编码,年度,上年结转（万元）
                zwfwglj,2091,30
                zwfwglj,2091,31
                nosuch,2091,1
                """);
        upload("baoshan-finance", "budgets", "mode=preview", "dup.csv", file)
                .then()
                .statusCode(200)
                .body(
                        "errors.text",
                        contains(
                                "第 3 行：与第 2 行重复：同一部门同一年度只能有一行 (duplicate of row 2: one row per department and year)",
                                "第 4 行「部门编码」：部门编码「nosuch」在本地区不存在 (no department with this code in the region)"))
                .body("preview[0].actionLabel", equalTo("更新"))
                .body("token", nullValue());
    }
}

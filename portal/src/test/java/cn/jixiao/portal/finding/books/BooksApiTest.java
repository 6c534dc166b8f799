package cn.jixiao.portal.finding.books;

import static cn.jixiao.portal.project.ProjectFixtures.YIJINHUOLUO;
import static cn.jixiao.portal.project.ProjectFixtures.as;
import static cn.jixiao.portal.project.ProjectFixtures.decimal;
import static cn.jixiao.portal.project.ProjectFixtures.departmentId;
import static cn.jixiao.portal.project.ProjectFixtures.insert;
import static cn.jixiao.portal.project.ProjectFixtures.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The books checks on the real stack, in 伊金霍洛旗 for 2016 (a year no other test or demo row uses): seed
 * 001's facts entered through the APIs (a budget project without targets, the 1,860,480 元 labour contract
 * not procured with 620,160 元 paid that year, the purchased 综合一窗 service never evaluated, labour
 * booked under a line for commissioned services) and seed 000's late survey in an approved plan. A finance
 * reviewer runs the recheck; each finding is listed with its figures, filtered by code, seen by its own
 * department only and by no other region; a fixed record fixes its finding; the region's severity applies.
 */
@QuarkusTest
class BooksApiTest {
    static final int YEAR = 2016;

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    private void execute(String sql, Object... args) throws SQLException {
        try (Connection c = owner.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.execute();
        }
    }

    @AfterEach
    void removeTheYear() throws SQLException {
        String projects = "(select id from project where tenant_id = '" + YIJINHUOLUO + "' and year = " + YEAR + ")";
        execute("delete from finding where tenant_id = ? and year = ? and evaluation_id is null", YIJINHUOLUO, YEAR);
        execute("delete from finding where tenant_id = '430600' and year = ? and evaluation_id is null", YEAR);
        execute("delete from performance_target where project_id in " + projects);
        execute("delete from contract where project_id in " + projects);
        execute("delete from project where id in " + projects);
        execute(
                "update tenant_setting set check_severity = check_severity - 'MILESTONE_LATE' where tenant_id = ?",
                YIJINHUOLUO);
    }

    static Map<String, Object> project(long department, String name, String planned, List<String> classes) {
        var body = new LinkedHashMap<String, Object>();
        body.put("departmentId", department);
        body.put("name", name);
        body.put("budgetCode", unique("B16"));
        body.put("year", YEAR);
        body.put("funds", List.of(Map.of("level", "COUNTY", "planned", planned, "arrived", planned, "spent", "0")));
        if (classes != null) {
            body.put("economicClasses", classes);
        }
        return body;
    }

    static long id(io.restassured.response.Response response) {
        return ((Number) response.then().extract().path("id")).longValue();
    }

    static Map<String, Object> contract(
            long department, long project, String title, String amount, String method, boolean service) {
        var body = new LinkedHashMap<String, Object>();
        body.put("departmentId", department);
        body.put("projectId", project);
        body.put("title", title);
        body.put("vendor", "伊金霍洛旗城投享祐保安服务有限责任公司");
        body.put("amount", amount);
        body.put("signedOn", YEAR + "-01-05");
        body.put("procurementMethod", method);
        body.put("purchasedService", service);
        return body;
    }

    @Test
    void financeReviewerFindsSeed001sBooksAndTheDepartmentSeesOnlyItsOwn() throws Exception {
        String editor = Tokens.accessToken("yijinhuoluo-dept");
        String finance = Tokens.accessToken("yijinhuoluo-finance");
        String shebao = Tokens.accessToken("yijinhuoluo-shebao");
        long bureau = departmentId(editor, "zwfwj");

        // a budgeted project with no target table (seed 001: 6 projects budgeted, tables for 4)
        long express =
                id(as(editor).body(project(bureau, "政务专递项目", "8.6", null)).post("/api/projects"));
        // the hotline's line allows commissioned services only; its entry is booked as labour
        long hotline = id(as(editor)
                .body(project(bureau, "政务服务热线运行项目", "77.52", List.of("30227", "30227")))
                .post("/api/projects")
                .then()
                .statusCode(201)
                .body("economicClasses", equalTo(List.of("30227")))
                .body("economicClassesLabel", equalTo("30227 委托业务费"))
                .extract()
                .response());
        long wages = id(as(editor)
                .body(Map.of(
                        "content", "热线接听人员服务费（8人，6460元/人/月）",
                        "amount", "15.504",
                        "voucherNo", "2016年3月12#",
                        "spentOn", YEAR + "-03-31",
                        "economicClass", "30226"))
                .post("/api/projects/" + hotline + "/expenditures")
                .then()
                .statusCode(201)
                .body("economicClassLabel", equalTo("30226 劳务费"))
                .extract()
                .response());
        long labour = id(as(editor)
                .body(contract(bureau, hotline, "热线平台劳务服务合同", "186.048", "DECENTRALIZED", false))
                .post("/api/contracts"));
        as(editor)
                .body(Map.of("paidOn", YEAR + "-06-30", "amount", "62.016"))
                .post("/api/contracts/" + labour + "/payments")
                .then()
                .statusCode(201);
        as(editor)
                .body(Map.of("paidOn", (YEAR + 1) + "-01-15", "amount", "31.008"))
                .post("/api/contracts/" + labour + "/payments")
                .then()
                .statusCode(201);
        long yichuang = id(as(editor)
                .body(contract(bureau, hotline, "综合一窗政府购买服务合同", "45", "COMPETITIVE_CONSULTATION", true))
                .post("/api/contracts")
                .then()
                .statusCode(201)
                .body("purchasedService", equalTo(true))
                .extract()
                .response());
        // the hotline's approved target table with seed 000's survey step, due 3-01 and done 5-16
        long target = insert(
                owner,
                "insert into performance_target (tenant_id, department_id, project_id, year, status, created_by)"
                        + " values (?, ?, ?, ?, 'APPROVED', 'books-test')",
                YIJINHUOLUO,
                bureau,
                hotline,
                YEAR);
        long survey = insert(
                owner,
                "insert into target_plan_step (tenant_id, target_id, position, name, planned_start, planned_finish,"
                        + " actual_finish) values (?, ?, 0, '走访调研，确定打造点', ?::date, ?::date, ?::date)",
                YIJINHUOLUO,
                target,
                YEAR + "-01-04",
                YEAR + "-03-01",
                YEAR + "-05-16");

        // the department's editor may not run the region's books check
        as(editor)
                .post("/api/findings/books/recheck?year=" + YEAR)
                .then()
                .statusCode(403)
                .body(containsString("财政审核人"));

        as(finance)
                .post("/api/findings/books/recheck?year=" + YEAR)
                .then()
                .statusCode(200)
                .body("year", equalTo(YEAR))
                .body("openByCode.PROJECT_WITHOUT_TARGETS", equalTo(1))
                .body("openByCode.PURCHASED_SERVICE_NOT_EVALUATED", equalTo(1))
                .body("openByCode.EXPENDITURE_CLASS_MISMATCH", equalTo(1))
                .body("openByCode.CONTRACT_WITHOUT_PROCUREMENT", equalTo(1))
                .body("openByCode.MILESTONE_LATE", equalTo(1));

        as(finance)
                .get("/api/findings?year=" + YEAR + "&code=CONTRACT_WITHOUT_PROCUREMENT")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].severity", equalTo("WARNING"))
                .body("items[0].state", equalTo("OPEN"))
                .body("items[0].departmentName", equalTo("伊金霍洛旗政务服务局"))
                .body("items[0].checkLabel", equalTo("达到采购限额未执行政府采购"))
                .body(
                        "items[0].message",
                        startsWith("合同「热线平台劳务服务合同」（供应商 伊金霍洛旗城投享祐保安服务有限责任公司）金额 1,860,480 元（186.048 万元），"
                                + "达到本地区采购限额标准 60 万元，采购方式为「分散采购」，未执行政府采购；2016年支付 620,160 元（62.016 万元）"))
                .body("items[0].evidence.contractId", equalTo((int) labour))
                .body("items[0].evidence.paidInYearWan", decimal("62.016"))
                .body("items[0].evidence.paidTotalWan", decimal("93.024"));
        // kind= is the same filter
        as(finance)
                .get("/api/findings?year=" + YEAR + "&kind=PROJECT_WITHOUT_TARGETS")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].evidence.projectId", equalTo((int) express))
                .body("items[0].message", startsWith("预算项目「政务专递项目」"));
        as(finance)
                .get("/api/findings?year=" + YEAR + "&code=PURCHASED_SERVICE_NOT_EVALUATED")
                .then()
                .body("items[0].evidence.contractId", equalTo((int) yichuang))
                .body("items[0].message", containsString("但所属项目「政务服务热线运行项目」2016年没有绩效评价"));
        as(finance)
                .get("/api/findings?year=" + YEAR + "&code=MILESTONE_LATE")
                .then()
                .body("items[0].evidence.stepId", equalTo((int) survey))
                .body("items[0].message", containsString("计划完成时间 2016年3月1日，实际完成时间 2016年5月16日，滞后 76 天"));

        // the bureau's editor sees its own five; the 社保 centre's editor sees none of them
        as(editor)
                .get("/api/findings?year=" + YEAR + "&size=200")
                .then()
                .statusCode(200)
                .body("total", equalTo(5))
                .body("items.departmentName", everyItem(equalTo("伊金霍洛旗政务服务局")));
        as(shebao).get("/api/findings?year=" + YEAR).then().statusCode(200).body("total", equalTo(0));

        // the entry rebooked under the line's class: its finding is fixed at the next recheck
        as(editor)
                .delete("/api/projects/" + hotline + "/expenditures/" + wages)
                .then()
                .statusCode(204);
        as(editor)
                .body(Map.of(
                        "content", "热线外包服务费",
                        "amount", "15.504",
                        "spentOn", YEAR + "-03-31",
                        "economicClass", "30227 委托业务费"))
                .post("/api/projects/" + hotline + "/expenditures")
                .then()
                .statusCode(201)
                .body("economicClass", equalTo("30227"));
        // the region makes late milestones blocking
        int settings = ((Number) as(finance)
                        .get("/api/findings/checks")
                        .then()
                        .statusCode(200)
                        .body("code", hasItem("MILESTONE_LATE"))
                        .body("find { it.code == 'EXPENDITURE_CLASS_MISMATCH' }.severity", equalTo("WARNING"))
                        .extract()
                        .path("find { it.code == 'MILESTONE_LATE' }.settingsVersion"))
                .intValue();
        as(finance)
                .body(Map.of("severity", "BLOCKING", "version", settings))
                .put("/api/findings/checks/MILESTONE_LATE/severity")
                .then()
                .statusCode(200);
        as(finance)
                .post("/api/findings/books/recheck?year=" + YEAR)
                .then()
                .statusCode(200)
                .body("openByCode.EXPENDITURE_CLASS_MISMATCH", equalTo(0))
                .body("blocking", equalTo(1));
        as(finance)
                .get("/api/findings?year=" + YEAR + "&code=EXPENDITURE_CLASS_MISMATCH")
                .then()
                .body("items", hasSize(1))
                .body("items[0].state", equalTo("FIXED"));
        as(finance)
                .get("/api/findings?year=" + YEAR + "&code=MILESTONE_LATE")
                .then()
                .body("items[0].severity", equalTo("BLOCKING"));
    }

    @Test
    void anotherRegionNeitherSeesNorChecksNorChangesTheseBooks() throws Exception {
        String editor = Tokens.accessToken("yijinhuoluo-dept");
        String finance = Tokens.accessToken("yijinhuoluo-finance");
        long bureau = departmentId(editor, "zwfwj");
        long express =
                id(as(editor).body(project(bureau, "政务专递项目", "8.6", null)).post("/api/projects"));
        as(finance).post("/api/findings/books/recheck?year=" + YEAR).then().statusCode(200);
        long finding = ((Number) as(finance)
                        .get("/api/findings?year=" + YEAR + "&code=PROJECT_WITHOUT_TARGETS")
                        .then()
                        .body("total", equalTo(1))
                        .extract()
                        .path("items[0].id"))
                .longValue();

        String yueyangFinance = Tokens.accessToken("yueyang-finance");
        String yueyangEditor = Tokens.accessToken("yueyang-dept");
        // its own recheck finds nothing of 伊金霍洛旗's, and its list shows none
        as(yueyangFinance)
                .post("/api/findings/books/recheck?year=" + YEAR)
                .then()
                .statusCode(200)
                .body("open", equalTo(0));
        as(yueyangFinance)
                .get("/api/findings?year=" + YEAR)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        as(yueyangFinance).get("/api/findings/" + finding).then().statusCode(404);
        // nor can it book an entry or mark a contract on 伊金霍洛旗's project
        as(yueyangEditor)
                .body(Map.of("content", "x", "amount", "1", "spentOn", YEAR + "-03-31", "economicClass", "30201"))
                .post("/api/projects/" + express + "/expenditures")
                .then()
                .statusCode(404);
        assertEquals(
                1,
                cn.jixiao.portal.project.ProjectFixtures.count(
                        owner,
                        "select count(*) from finding where tenant_id = ? and year = ? and code = 'PROJECT_WITHOUT_TARGETS'",
                        YIJINHUOLUO,
                        YEAR));
    }

    @Test
    void badCodesAndYearsAreRefusedInChinese() {
        String editor = Tokens.accessToken("yijinhuoluo-dept");
        String finance = Tokens.accessToken("yijinhuoluo-finance");
        long bureau = departmentId(editor, "zwfwj");
        as(finance).post("/api/findings/books/recheck").then().statusCode(400).body("message", containsString("请指定年度"));
        as(finance)
                .post("/api/findings/books/recheck?year=二〇一六")
                .then()
                .statusCode(400)
                .body("message", containsString("四位数字"));
        as(editor)
                .body(project(bureau, "经济分类有误的项目", "1", List.of("302", "39999")))
                .post("/api/projects")
                .then()
                .statusCode(400)
                .body("message", containsString("经济分类「39999」不在政府支出经济分类科目中"))
                .body("fields[0].field", equalTo("economicClasses"));
        long project =
                id(as(editor).body(project(bureau, "政务专递项目", "8.6", List.of())).post("/api/projects"));
        as(editor)
                .body(Map.of("content", "x", "amount", "1", "spentOn", YEAR + "-03-31", "economicClass", "办公费用"))
                .post("/api/projects/" + project + "/expenditures")
                .then()
                .statusCode(400)
                .body("message", containsString("经济分类「办公费用」"));
        var body = contract(bureau, project, "购买服务", "1", "INQUIRY", false);
        body.put("purchasedService", "也许");
        as(editor).body(body).post("/api/contracts").then().statusCode(400);
    }
}

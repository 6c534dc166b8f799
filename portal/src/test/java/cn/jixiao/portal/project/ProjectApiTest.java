package cn.jixiao.portal.project;

import static cn.jixiao.portal.project.ProjectFixtures.YUEYANG;
import static cn.jixiao.portal.project.ProjectFixtures.as;
import static cn.jixiao.portal.project.ProjectFixtures.count;
import static cn.jixiao.portal.project.ProjectFixtures.createProject;
import static cn.jixiao.portal.project.ProjectFixtures.decimal;
import static cn.jixiao.portal.project.ProjectFixtures.demoProjectId;
import static cn.jixiao.portal.project.ProjectFixtures.departmentId;
import static cn.jixiao.portal.project.ProjectFixtures.projectBody;
import static cn.jixiao.portal.project.ProjectFixtures.strings;
import static cn.jixiao.portal.project.ProjectFixtures.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectApiTest {
    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    @Test
    void demoProjectFundsGiveFullArrivalThirtyPercentExecutionAndTheSeedsBalance() {
        String token = Tokens.accessToken("yueyang-finance");
        long id = demoProjectId(token);
        String json = as(token)
                .get("/api/projects/" + id + "/funds")
                .then()
                .statusCode(200)
                .body("projectId", decimal(String.valueOf(id)))
                .body("unit", equalTo("万元"))
                .body("levels", hasSize(1))
                .body("levels[0].level", equalTo("MUNICIPAL"))
                .body("levels[0].label", equalTo("市财政"))
                .body("levels[0].planned", decimal("358.392"))
                .body("levels[0].balance", decimal("250.8744"))
                .body("total.planned", decimal("358.392"))
                .body("total.arrived", decimal("358.392"))
                .body("total.spent", decimal("107.5176"))
                .body("total.balance", decimal("250.8744"))
                .body("fundsArrivalRate", decimal("100.00"))
                // 107.5176 / 358.392 = 0.3 exactly, so half-up to two decimals gives 30.00
                .body("budgetExecutionRate", decimal("30.00"))
                .extract()
                .asString();
        assertTrue(json.contains("\"fundsArrivalRate\":100.00"), json);
        assertTrue(json.contains("\"budgetExecutionRate\":30.00"), json);
        assertTrue(json.contains("\"balance\":250.8744"), json);
    }

    @Test
    void demoProjectCarriesTheSeedsFacts() {
        String token = Tokens.accessToken("yueyang-dept");
        long id = demoProjectId(token);
        as(token)
                .get("/api/projects/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("岳阳市“无差别”一窗受理系统政府采购项目"))
                .body("departmentName", equalTo("岳阳市政务服务中心"))
                .body("ownerName", equalTo("谭昕"))
                .body("contact", equalTo("07308880113"))
                .body("startsOn", equalTo("2019-07-01"));
        as(token)
                .get("/api/projects/" + id + "/expenditures")
                .then()
                .statusCode(200)
                .body("voucherNo", hasItem("2019年12月47#"))
                .body("find { it.voucherNo == '2019年12月47#' }.amount", decimal("107.5176"))
                .body("find { it.voucherNo == '2019年12月47#' }.content", equalTo("项目支出"));
    }

    @Test
    void editorCreatesAndEditsOwnDepartmentsProjectAndEveryChangeIsAudited() throws Exception {
        String token = Tokens.accessToken("yueyang-dept");
        long department = departmentId(token, "zwfwzx");
        String code = unique("C");
        var body = projectBody(department, "政务服务测试项目", code);
        Number created = as(token)
                .body(body)
                .post("/api/projects")
                .then()
                .statusCode(201)
                .body("name", equalTo("政务服务测试项目"))
                .body("budgetCode", equalTo(code))
                .body("version", equalTo(0))
                .body("funds[0].level", equalTo("MUNICIPAL"))
                .extract()
                .path("id");
        long id = created.longValue();
        assertEquals(
                List.of("CREATE"),
                strings(
                        owner,
                        "select action from audit_log where tenant_id = ? and entity = 'Project' and entity_id = ? order by id",
                        YUEYANG,
                        id));

        body.put("name", "政务服务测试项目（调整后）");
        body.put(
                "funds",
                List.of(
                        Map.of("level", "MUNICIPAL", "planned", 100, "arrived", 100, "spent", 40),
                        Map.of("level", "PROVINCIAL", "planned", 50, "arrived", 0, "spent", 0)));
        body.put("version", 0);
        as(token)
                .body(body)
                .put("/api/projects/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("政务服务测试项目（调整后）"))
                .body("funds.level", equalTo(List.of("PROVINCIAL", "MUNICIPAL")))
                .body("version", not(equalTo(0)));
        as(token)
                .get("/api/projects/" + id + "/funds")
                .then()
                .statusCode(200)
                .body("total.planned", decimal("150"))
                .body("total.balance", decimal("60"))
                .body("fundsArrivalRate", decimal("66.67"))
                .body("budgetExecutionRate", decimal("40.00"));

        var audit = strings(
                owner,
                "select action || '|' || actor || '|' || coalesce(before->>'name', '') || '|' || (after->>'name')"
                        + " from audit_log where tenant_id = ? and entity = 'Project' and entity_id = ? order by id",
                YUEYANG,
                id);
        assertEquals(List.of("CREATE|yueyang-dept||政务服务测试项目", "UPDATE|yueyang-dept|政务服务测试项目|政务服务测试项目（调整后）"), audit);
        as(token)
                .get("/api/projects/" + id + "/history")
                .then()
                .statusCode(200)
                .body("action", equalTo(List.of("UPDATE", "CREATE")));
    }

    @Test
    void staleVersionIsRefusedWith409AndNothingChanges() throws Exception {
        String token = Tokens.accessToken("yueyang-dept");
        long department = departmentId(token, "zwfwzx");
        String code = unique("S");
        var body = projectBody(department, "并发修改测试", code);
        long id = ((Number) as(token)
                        .body(body)
                        .post("/api/projects")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();

        body.put("version", 0);
        body.put("name", "第一位保存");
        as(token).body(body).put("/api/projects/" + id).then().statusCode(200);

        body.put("name", "第二位用旧版本保存");
        body.put("funds", List.of(Map.of("level", "MUNICIPAL", "planned", 1, "arrived", 1, "spent", 1)));
        as(token)
                .body(body)
                .put("/api/projects/" + id)
                .then()
                .statusCode(409)
                .body("message", containsString("此记录已被他人修改"));

        as(token)
                .get("/api/projects/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("第一位保存"))
                .body("funds[0].planned", decimal("100"));
        assertEquals(
                2,
                count(
                        owner,
                        "select count(*) from audit_log where tenant_id = ? and entity = 'Project' and entity_id = ?",
                        YUEYANG,
                        id),
                "the refused save left no audit row");
    }

    @Test
    void badInputIsRefusedWith400FieldMessagesAndNothingSaved() throws Exception {
        String token = Tokens.accessToken("yueyang-dept");
        long department = departmentId(token, "zwfwzx");
        long before = count(owner, "select count(*) from project where tenant_id = ?", YUEYANG);
        long auditBefore = count(owner, "select count(*) from audit_log where tenant_id = ?", YUEYANG);

        var body = projectBody(department, " ", unique("B"));
        body.put("year", 1999);
        body.put("funds", List.of(Map.of("level", "MUNICIPAL", "planned", -1, "arrived", 0, "spent", 0)));
        as(token)
                .body(body)
                .post("/api/projects")
                .then()
                .statusCode(400)
                .body("fields.field", hasItems("name", "year", "planned"))
                .body("fields.find { it.field == 'name' }.message", containsString("请填写项目名称"))
                .body("fields.find { it.field == 'planned' }.message", containsString("不能为负数"));

        var backwards = projectBody(department, "日期颠倒", unique("B"));
        backwards.put("startsOn", "2024-12-31");
        backwards.put("endsOn", "2024-01-01");
        as(token)
                .body(backwards)
                .post("/api/projects")
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("endsOn"))
                .body("fields[0].message", containsString("结束日期不能早于开始日期"));

        var twice = projectBody(department, "资金级次重复", unique("B"));
        twice.put(
                "funds",
                List.of(
                        Map.of("level", "MUNICIPAL", "planned", 1, "arrived", 1, "spent", 0),
                        Map.of("level", "MUNICIPAL", "planned", 2, "arrived", 2, "spent", 0)));
        as(token).body(twice).post("/api/projects").then().statusCode(400).body("fields[0].field", equalTo("funds"));

        var demoCode = projectBody(department, "预算编码重复", "087001");
        demoCode.put("year", 2019);
        as(token)
                .body(demoCode)
                .post("/api/projects")
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("budgetCode"));

        as(token)
                .body("{\"departmentId\": " + department
                        + ", \"name\": \"x\", \"year\": 2024, \"status\": \"FINISHED\"}")
                .post("/api/projects")
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("status"))
                .body("fields[0].message", containsString("PLANNED, ACTIVE, COMPLETED, CANCELLED"));
        as(token)
                .body("{\"departmentId\": " + department
                        + ", \"name\": \"x\", \"year\": 2024, \"startsOn\": \"2024/1/1\"}")
                .post("/api/projects")
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("startsOn"))
                .body("fields[0].message", containsString("YYYY-MM-DD"));
        as(token)
                .body("not json")
                .post("/api/projects")
                .then()
                .statusCode(400)
                .body("message", not(containsString("Exception")));
        as(token).post("/api/projects").then().statusCode(400);

        assertEquals(
                before, count(owner, "select count(*) from project where tenant_id = ?", YUEYANG), "nothing saved");
        assertEquals(auditBefore, count(owner, "select count(*) from audit_log where tenant_id = ?", YUEYANG));
    }

    @Test
    void financeReviewerReadsEveryDepartmentButCannotEditDepartmentData() {
        String editor = Tokens.accessToken("yueyang-dept");
        String finance = Tokens.accessToken("yueyang-finance");
        long department = departmentId(editor, "zwfwzx");
        long id = createProject(editor, department, "财政只读测试");

        as(finance).get("/api/projects/" + id).then().statusCode(200);
        as(finance)
                .get("/api/projects?departmentId=" + department)
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) id));
        as(finance)
                .body(projectBody(department, "财政新建", unique("F")))
                .post("/api/projects")
                .then()
                .statusCode(403);
        var edit = projectBody(department, "财政修改", unique("F"));
        edit.put("version", 0);
        as(finance)
                .body(edit)
                .put("/api/projects/" + id)
                .then()
                .statusCode(403)
                .body("message", containsString("只有本部门的填报人可以修改"));
        as(finance)
                .body(Map.of("content", "x", "amount", 1, "spentOn", "2024-05-01"))
                .post("/api/projects/" + id + "/expenditures")
                .then()
                .statusCode(403);
    }

    @Test
    void expenditureEntriesAreAddedRemovedAuditedAndComparedWithTheSpending() throws Exception {
        String token = Tokens.accessToken("yueyang-dept");
        long id = createProject(token, departmentId(token, "zwfwzx"), "支出明细测试");

        Number entry = as(token)
                .body(Map.of(
                        "content",
                        "设备采购",
                        "amount",
                        "12.5",
                        "voucherNo",
                        "2024年5月3#",
                        "spentOn",
                        "2024-05-20",
                        "level",
                        "MUNICIPAL"))
                .post("/api/projects/" + id + "/expenditures")
                .then()
                .statusCode(201)
                .body("levelLabel", equalTo("市财政"))
                .body("amount", decimal("12.5"))
                .extract()
                .path("id");
        as(token)
                .body(Map.of("content", "软件开发", "amount", "7.5", "spentOn", "2024-06-01"))
                .post("/api/projects/" + id + "/expenditures")
                .then()
                .statusCode(201)
                .body("level", nullValue());

        as(token)
                .get("/api/projects/" + id + "/funds")
                .then()
                .statusCode(200)
                .body("expenditureTotal", decimal("20"))
                .body("total.spent", decimal("20"))
                .body("spentMatchesEntries", equalTo(true));

        as(token)
                .delete("/api/projects/" + id + "/expenditures/" + entry + "?version=7")
                .then()
                .statusCode(409);
        as(token)
                .delete("/api/projects/" + id + "/expenditures/" + entry + "?version=0")
                .then()
                .statusCode(204);
        as(token)
                .get("/api/projects/" + id + "/funds")
                .then()
                .statusCode(200)
                .body("expenditureTotal", decimal("7.5"))
                .body("spentMatchesEntries", equalTo(false));
        assertEquals(
                List.of("CREATE", "DELETE"),
                strings(
                        owner,
                        "select action from audit_log where tenant_id = ? and entity = 'Expenditure' and entity_id = ? order by id",
                        YUEYANG,
                        entry.longValue()));

        as(token)
                .body(Map.of("content", "", "amount", 0, "voucherNo", "x".repeat(61)))
                .post("/api/projects/" + id + "/expenditures")
                .then()
                .statusCode(400)
                .body("fields.field", hasItems("content", "amount", "voucherNo", "spentOn"));
        as(token)
                .get("/api/projects/" + id + "/expenditures")
                .then()
                .statusCode(200)
                .body("", hasSize(1));
    }

    @Test
    void listIsPagedSortedFilteredAndLimitedToTheEditorsDepartment() {
        String editor = Tokens.accessToken("yueyang-dept");
        long department = departmentId(editor, "zwfwzx");
        createProject(editor, department, "分页测试甲");
        createProject(editor, department, "分页测试乙");

        as(editor)
                .get("/api/projects?size=1&sort=name")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("size", equalTo(1))
                .body("sort", equalTo("name"))
                .body("items.departmentName", everyItem(equalTo("岳阳市政务服务中心")));
        as(editor)
                .get("/api/projects?year=2019")
                .then()
                .statusCode(200)
                .body("items.year", everyItem(equalTo(2019)))
                .body("items.budgetCode", hasItem("087001"));
        as(editor).get("/api/projects?size=0").then().statusCode(400);
        as(editor).get("/api/projects?year=1990").then().statusCode(200).body("total", equalTo(0));
        long finance = departmentId(editor, "czj");
        as(editor).get("/api/projects?departmentId=" + finance).then().statusCode(403);
    }

    @Test
    void unknownProjectIsA404WithAMessage() {
        as(Tokens.accessToken("yueyang-dept"))
                .get("/api/projects/987654321/funds")
                .then()
                .statusCode(404)
                .body("message", containsString("项目不存在"));
    }
}

package cn.jixiao.portal.target;

import static cn.jixiao.portal.project.ProjectFixtures.YIJINHUOLUO;
import static cn.jixiao.portal.project.ProjectFixtures.YUEYANG;
import static cn.jixiao.portal.project.ProjectFixtures.as;
import static cn.jixiao.portal.project.ProjectFixtures.count;
import static cn.jixiao.portal.project.ProjectFixtures.createProject;
import static cn.jixiao.portal.project.ProjectFixtures.decimal;
import static cn.jixiao.portal.project.ProjectFixtures.departmentId;
import static cn.jixiao.portal.project.ProjectFixtures.insert;
import static cn.jixiao.portal.project.ProjectFixtures.strings;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 绩效目标表: drafting, review, versions, validation and who may see and change what. */
@QuarkusTest
class TargetApiTest {
    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    /** A table like seed 003's: 358.392 万元 of city funds, its output and benefit targets, a two-step plan. */
    static Map<String, Object> table(long departmentId, Long projectId, int year) {
        var body = new LinkedHashMap<String, Object>();
        body.put("departmentId", departmentId);
        body.put("projectId", projectId);
        body.put("year", year);
        body.put("overallGoal", "建成一窗受理系统，办事最多跑一次");
        body.put("yearGoal", "当年完成开发并试运行");
        body.put("projectNature", "NEW");
        body.put("totalFunds", "358.392");
        body.put("fiscalFunds", "358.392");
        body.put("otherFunds", 0);
        body.put(
                "indicators",
                new ArrayList<>(List.of(
                        indicator("产出指标", "数量指标", "政务服务事项网上可办率", "≥", "70", null, "%"),
                        indicator("产出指标", "成本指标", "项目总成本", "<=", "359", null, "万元"),
                        indicator("效益指标", "社会效益指标", "高频事项最多跑一次", ">=", "100", null, "个"))));
        body.put(
                "planSteps",
                new ArrayList<>(List.of(
                        step("调研设计", "功能设计", "2019-08-01", "2019-08-31"),
                        step("开发测试联调", "可运行的系统", "2019-09-01", "2019-09-30"))));
        return body;
    }

    static Map<String, Object> indicator(
            String level1, String level2, String name, String comparator, String value, String text, String unit) {
        var row = new LinkedHashMap<String, Object>();
        row.put("level1", level1);
        row.put("level2", level2);
        row.put("name", name);
        row.put("comparator", comparator);
        row.put("targetValue", value);
        row.put("targetText", text);
        row.put("unit", unit);
        return row;
    }

    static Map<String, Object> step(String name, String deliverable, String start, String finish) {
        var row = new LinkedHashMap<String, Object>();
        row.put("name", name);
        row.put("deliverable", deliverable);
        row.put("plannedStart", start);
        row.put("plannedFinish", finish);
        return row;
    }

    private long newProject(String editor) {
        return createProject(editor, departmentId(editor, "zwfwzx"), "目标表测试");
    }

    private long draft(String editor, long project) {
        long department = departmentId(editor, "zwfwzx");
        Number id = as(editor)
                .body(table(department, project, 2024))
                .post("/api/targets")
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("versionNo", equalTo(1))
                .body("fundsUnit", equalTo("万元"))
                .body("totalFunds", decimal("358.392"))
                .body("indicators.size()", equalTo(3))
                .body("indicators[0].comparator", equalTo(">="))
                .body("indicators[0].target", equalTo("≥70%"))
                .body("planSteps.size()", equalTo(2))
                .body("events.action", contains("CREATED"))
                .body("events[0].actor", equalTo("yueyang-dept"))
                .body("actions.canEdit", equalTo(true))
                .extract()
                .path("id");
        return id.longValue();
    }

    private static int version(String token, long id) {
        Number version = as(token)
                .get("/api/targets/" + id)
                .then()
                .statusCode(200)
                .extract()
                .path("version");
        return version.intValue();
    }

    private static Map<String, Object> review(int version, String comment) {
        var body = new LinkedHashMap<String, Object>();
        body.put("version", version);
        body.put("comment", comment);
        return body;
    }

    @Test
    void aTableGoesFromDraftToReturnedToApprovedAndARevisionSupersedesIt() throws Exception {
        String editor = Tokens.accessToken("yueyang-dept");
        String finance = Tokens.accessToken("yueyang-finance");
        long project = newProject(editor);
        long department = departmentId(editor, "zwfwzx");
        long id = draft(editor, project);

        // one draft per subject and year
        as(editor)
                .body(table(department, project, 2024))
                .post("/api/targets")
                .then()
                .statusCode(409)
                .body("message", containsString("已有未审核完毕的目标表"));

        as(editor)
                .body(review(version(editor, id), null))
                .post("/api/targets/" + id + "/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("submittedBy", equalTo("yueyang-dept"))
                .body("editable", equalTo(false));

        // nothing is edited after submission
        var edit = table(department, project, 2024);
        edit.put("version", version(editor, id));
        edit.put("overallGoal", "提交后偷偷修改");
        as(editor).body(edit).put("/api/targets/" + id).then().statusCode(409).body("message", containsString("不能修改"));

        // a return needs a comment
        as(finance)
                .body(review(version(finance, id), " "))
                .post("/api/targets/" + id + "/return")
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("comment"));
        as(finance)
                .body(review(version(finance, id), "请补充服务点数量指标"))
                .post("/api/targets/" + id + "/return")
                .then()
                .statusCode(200)
                .body("status", equalTo("RETURNED"))
                .body("decisionNote", equalTo("请补充服务点数量指标"))
                .body("actions.canDecide", equalTo(false));

        // editable again: the department adds the missing indicator and submits again
        var fix = table(department, project, 2024);
        @SuppressWarnings("unchecked")
        var rows = (List<Object>) fix.get("indicators");
        rows.add(indicator("产出指标", "数量指标", "建成服务点数量", "=", "6", null, "处"));
        fix.put("version", version(editor, id));
        as(editor)
                .body(fix)
                .put("/api/targets/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("RETURNED"))
                .body("indicators.size()", equalTo(4))
                .body("indicators[3].name", equalTo("建成服务点数量"));
        as(editor)
                .body(review(version(editor, id), null))
                .post("/api/targets/" + id + "/submit")
                .then()
                .statusCode(200);
        as(finance)
                .body(review(version(finance, id), "同意"))
                .post("/api/targets/" + id + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("decidedBy", equalTo("yueyang-finance"))
                .body("decidedAt", notNullValue())
                .body("actions.canRevise", equalTo(false))
                .body("events.action", contains("CREATED", "SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED"))
                .body("events[2].comment", equalTo("请补充服务点数量指标"))
                .body("events[4].actor", equalTo("yueyang-finance"));

        // a revision needs a reason, and only the department asks for one
        as(editor)
                .body(Map.of())
                .post("/api/targets/" + id + "/revise")
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("reason"));
        as(finance)
                .body(Map.of("reason", "调整"))
                .post("/api/targets/" + id + "/revise")
                .then()
                .statusCode(403);
        Number revisedId = as(editor)
                .body(Map.of("reason", "人大批准追加两处服务点"))
                .post("/api/targets/" + id + "/revise")
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("versionNo", equalTo(2))
                .body("previousId", equalTo((int) id))
                .body("changeReason", equalTo("人大批准追加两处服务点"))
                .body("indicators.size()", equalTo(4))
                .body("planSteps.size()", equalTo(2))
                .body("events.action", contains("REVISED"))
                .body("versions.versionNo", contains(1, 2))
                .extract()
                .path("id");
        long revised = revisedId.longValue();
        // the list shows one row per table: the approved version while its revision is a draft
        as(editor)
                .get("/api/targets?year=2024&size=200")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) id))
                .body("items.id", not(hasItem((int) revised)));
        // the approved version stays the one evaluations use until the new one is approved
        as(editor).get("/api/targets/" + id).then().statusCode(200).body("status", equalTo("APPROVED"));
        as(editor)
                .body(Map.of("reason", "再次修订"))
                .post("/api/targets/" + id + "/revise")
                .then()
                .statusCode(409);

        as(editor)
                .body(review(version(editor, revised), null))
                .post("/api/targets/" + revised + "/submit")
                .then()
                .statusCode(200);
        as(finance)
                .body(review(version(finance, revised), null))
                .post("/api/targets/" + revised + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("versions.status", contains("SUPERSEDED", "APPROVED"));
        as(editor).get("/api/targets/" + id).then().statusCode(200).body("status", equalTo("SUPERSEDED"));
        assertEquals(
                1,
                count(
                        owner,
                        "select count(*) from performance_target where tenant_id = ? and project_id = ? and year = 2024"
                                + " and status = 'APPROVED'",
                        YUEYANG,
                        project));
        assertEquals(
                List.of("CREATE", "SUBMIT", "RETURN", "UPDATE", "SUBMIT", "APPROVE", "SUPERSEDE"),
                strings(
                        owner,
                        "select action from audit_log where tenant_id = ? and entity = 'PerformanceTarget'"
                                + " and entity_id = ? order by id",
                        YUEYANG,
                        id));
        as(finance)
                .get("/api/targets?year=2024&status=APPROVED&size=200")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) revised))
                .body("items.id", not(hasItem((int) id)))
                .body("items.find { it.id == " + revised + " }.indicatorCount", equalTo(4))
                .body("items.find { it.id == " + revised + " }.statusLabel", equalTo("已批复"));
        // once the revision is approved it is the current version; the superseded one only on request
        as(finance)
                .get("/api/targets?year=2024&size=200")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) revised))
                .body("items.id", not(hasItem((int) id)));
        as(finance)
                .get("/api/targets?year=2024&size=200&includeSuperseded=true")
                .then()
                .statusCode(200)
                .body("items.id", hasItems((int) revised, (int) id));
        as(finance)
                .get("/api/targets?includeSuperseded=yes")
                .then()
                .statusCode(400)
                .body("message", containsString("includeSuperseded 只能是 true 或 false"));
    }

    @Test
    void onlyAFinanceReviewerDecidesAndAStaleVersionIsRefused() {
        String editor = Tokens.accessToken("yueyang-dept");
        String finance = Tokens.accessToken("yueyang-finance");
        long project = newProject(editor);
        long department = departmentId(editor, "zwfwzx");
        long id = draft(editor, project);

        // a stale version: the editor saves, then saves again with the version read before
        var edit = table(department, project, 2024);
        edit.put("version", 0);
        as(editor).body(edit).put("/api/targets/" + id).then().statusCode(200);
        as(editor)
                .body(edit)
                .put("/api/targets/" + id)
                .then()
                .statusCode(409)
                .body("message", containsString("此记录已被他人修改"));
        as(editor)
                .body(review(0, null))
                .post("/api/targets/" + id + "/submit")
                .then()
                .statusCode(409);

        as(editor)
                .body(review(version(editor, id), null))
                .post("/api/targets/" + id + "/submit")
                .then()
                .statusCode(200);
        as(editor)
                .body(review(version(editor, id), null))
                .post("/api/targets/" + id + "/approve")
                .then()
                .statusCode(403)
                .body("message", containsString("只有财政审核人可以审批"));
        as(Tokens.accessToken("yueyang-admin"))
                .body(review(version(editor, id), null))
                .post("/api/targets/" + id + "/approve")
                .then()
                .statusCode(403);
        as(finance)
                .body(review(version(finance, id) - 1, null))
                .post("/api/targets/" + id + "/approve")
                .then()
                .statusCode(409);
        // the finance reviewer reads but does not edit a department's table
        var financeEdit = table(department, project, 2024);
        financeEdit.put("version", version(finance, id));
        as(finance).body(financeEdit).put("/api/targets/" + id).then().statusCode(403);
        as(editor)
                .get("/api/targets/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("decidedBy", nullValue());
    }

    @Test
    void wrongFiguresAreRefusedFieldByFieldAndNothingIsSaved() throws Exception {
        String editor = Tokens.accessToken("yueyang-dept");
        long project = newProject(editor);
        long department = departmentId(editor, "zwfwzx");

        var body = table(department, project, 2024);
        body.put("fiscalFunds", "300");
        body.put("otherFunds", "100"); // 300 + 100 > 358.392
        @SuppressWarnings("unchecked")
        var rows = (List<Map<String, Object>>) body.get("indicators");
        rows.get(1).put("targetValue", null); // no value and no text
        rows.get(2).put("level2", "数量指标"); // not a 效益 heading
        @SuppressWarnings("unchecked")
        var steps = (List<Map<String, Object>>) body.get("planSteps");
        steps.get(1).put("plannedFinish", "2019-08-15"); // before its start
        as(editor)
                .body(body)
                .post("/api/targets")
                .then()
                .statusCode(400)
                .body(
                        "fields.field",
                        contains(
                                "otherFunds",
                                "indicators[1].targetValue",
                                "indicators[2].level2",
                                "planSteps[1].plannedFinish"))
                .body("fields.find { it.field == 'otherFunds' }.message", containsString("不能超过资金总额 358.392 万元"))
                .body("fields.find { it.field == 'indicators[1].targetValue' }.message", containsString("请填写目标值或目标说明"))
                .body("fields.find { it.field == 'planSteps[1].plannedFinish' }.message", containsString("不能早于计划开始日期"));

        var noOutput = table(department, project, 2024);
        noOutput.put("indicators", List.of(indicator("满意度指标", "服务对象满意度指标", "群众满意度", ">=", "90", null, "%")));
        as(editor)
                .body(noOutput)
                .post("/api/targets")
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("indicators"))
                .body("fields[0].message", containsString("至少需要一项产出指标"));

        var fiscalOver = table(department, project, 2024);
        fiscalOver.put("fiscalFunds", "400");
        fiscalOver.put("otherFunds", null);
        as(editor)
                .body(fiscalOver)
                .post("/api/targets")
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("fiscalFunds"));

        assertEquals(
                0,
                count(
                        owner,
                        "select count(*) from performance_target where tenant_id = ? and project_id = ?",
                        YUEYANG,
                        project));

        // a draft may start without indicators, but it is not submitted without an output one
        var bare = new LinkedHashMap<String, Object>();
        bare.put("departmentId", department);
        bare.put("projectId", project);
        bare.put("year", 2024);
        Number id = as(editor)
                .body(bare)
                .post("/api/targets")
                .then()
                .statusCode(201)
                .body("indicators.size()", equalTo(0))
                .extract()
                .path("id");
        as(editor)
                .body(review(0, null))
                .post("/api/targets/" + id + "/submit")
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("indicators"));
    }

    @Test
    void anotherRegionSeesNothingAndAnotherDepartmentIsRefused() throws Exception {
        String editor = Tokens.accessToken("yueyang-dept");
        long project = newProject(editor);
        long id = draft(editor, project);

        String outsider = Tokens.accessToken("baoshan-finance");
        String missing = as(outsider)
                .get("/api/targets/999999999")
                .then()
                .statusCode(404)
                .extract()
                .asString();
        String foreign = as(outsider)
                .get("/api/targets/" + id)
                .then()
                .statusCode(404)
                .extract()
                .asString();
        assertEquals(missing, foreign);
        as(outsider)
                .body(review(0, null))
                .post("/api/targets/" + id + "/approve")
                .then()
                .statusCode(404);
        as(outsider).get("/api/targets?size=200").then().statusCode(200).body("items.id", not(hasItem((int) id)));

        // 旗公安局's table in 伊金霍洛旗: the 政务服务局's editor may neither read nor change it
        long police = Long.parseLong(
                strings(owner, "select id from department where tenant_id = ? and code = 'gaj'", YIJINHUOLUO)
                        .get(0));
        long policeTarget = insert(
                owner,
                "insert into performance_target (tenant_id, department_id, year, status, created_by)"
                        + " values (?, ?, 2022, 'DRAFT', 'gaj-editor')",
                YIJINHUOLUO,
                police);
        String otherDepartment = Tokens.accessToken("yijinhuoluo-dept");
        as(otherDepartment).get("/api/targets/" + policeTarget).then().statusCode(403);
        var edit = table(police, null, 2022);
        edit.put("version", 0);
        as(otherDepartment)
                .body(edit)
                .put("/api/targets/" + policeTarget)
                .then()
                .statusCode(403);
        as(otherDepartment)
                .body(review(0, null))
                .post("/api/targets/" + policeTarget + "/submit")
                .then()
                .statusCode(403);
        as(otherDepartment)
                .body(table(police, null, 2023))
                .post("/api/targets")
                .then()
                .statusCode(403);
        as(otherDepartment).get("/api/targets?departmentId=" + police).then().statusCode(403);
        as(otherDepartment).get("/api/targets?size=200").then().statusCode(200).body("items.id", not(hasItem((int)
                policeTarget)));
        // the region's finance reviewer reads it, as 公安局部门整体支出
        as(Tokens.accessToken("yijinhuoluo-finance"))
                .get("/api/targets/" + policeTarget)
                .then()
                .statusCode(200)
                .body("subjectName", containsString("部门整体支出"))
                .body("projectId", nullValue());
    }

    @Test
    void seed003sTargetTableIsApprovedWithItsSixIndicatorsAndItsPlan() {
        String finance = Tokens.accessToken("yueyang-finance");
        Number id = as(finance)
                .get("/api/targets?year=2019&size=200")
                .then()
                .statusCode(200)
                .body("items.find { it.subjectName == '岳阳市“无差别”一窗受理系统政府采购项目' }.status", equalTo("APPROVED"))
                .body("items.find { it.subjectName == '岳阳市“无差别”一窗受理系统政府采购项目' }.indicatorCount", equalTo(6))
                .extract()
                .path("items.find { it.subjectName == '岳阳市“无差别”一窗受理系统政府采购项目' }.id");
        as(finance)
                .get("/api/targets/" + id)
                .then()
                .statusCode(200)
                .body("versionNo", equalTo(1))
                .body("totalFunds", decimal("358.392"))
                .body("indicators.target", contains("≥70%", "实现政务4.0", "≤3个月", "≤359万元", "≥60%", "≥100个"))
                .body("indicators.level1", hasItem("效益指标"))
                .body("planSteps.name", contains("项目组入场", "调研设计", "开发测试联调", "培训试运行", "试运行结束并验收"))
                .body("planSteps[4].plannedFinish", equalTo("2019-10-31"))
                .body("events.action", contains("CREATED", "SUBMITTED", "APPROVED"))
                .body("events[2].actor", equalTo("yueyang-finance"));
    }
}

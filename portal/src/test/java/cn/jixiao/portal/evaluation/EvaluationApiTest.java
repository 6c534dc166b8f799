package cn.jixiao.portal.evaluation;

import static cn.jixiao.portal.project.ProjectFixtures.as;
import static cn.jixiao.portal.project.ProjectFixtures.count;
import static cn.jixiao.portal.project.ProjectFixtures.createProject;
import static cn.jixiao.portal.project.ProjectFixtures.decimal;
import static cn.jixiao.portal.project.ProjectFixtures.departmentId;
import static cn.jixiao.portal.project.ProjectFixtures.insert;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EvaluationApiTest {
    static final String YUEYANG = "430600";

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    private static Map<String, Object> start(long department, Long project, int year, String kind, long template) {
        var body = new HashMap<String, Object>();
        body.put("departmentId", department);
        body.put("projectId", project);
        body.put("year", year);
        body.put("kind", kind);
        body.put("templateId", template);
        return body;
    }

    private static Map<String, Object> fill(
            Object actual, List<Integer> ticks, Object manual, String reason, int version) {
        var body = new HashMap<String, Object>();
        body.put("actualValue", actual);
        body.put("checkedItems", ticks);
        body.put("manualScore", manual);
        body.put("scoreReason", reason);
        body.put("version", version);
        return body;
    }

    private static int leafId(JsonPath e, String name) {
        return e.getInt("indicators.find { it.name == '" + name + "' }.id");
    }

    private static int leafVersion(JsonPath e, String name) {
        return e.getInt("indicators.find { it.name == '" + name + "' }.version");
    }

    @Test
    void startCopiesTheTemplateReadsTheRecordsAndScoresEverySave() throws Exception {
        String editor = Tokens.accessToken("yueyang-dept");
        long department = departmentId(editor, "zwfwzx");
        long project = createProject(editor, department, "评价测试项目"); // funds 100 planned, 80 arrived, 20 spent
        long template = TemplateRows.insert(owner, YUEYANG, "PROJECT", "测试-一窗", TemplateRows.yichuang());

        JsonPath e = as(editor)
                .body(start(department, project, 2024, "SELF", template))
                .post("/api/evaluations")
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("subjectName", equalTo("评价测试项目"))
                .body("indicators", hasSize(3 + 8 + 22))
                .body("levels.name", equalTo(List.of("项目决策", "项目管理", "项目绩效")))
                .body(
                        "levels.weight",
                        equalTo(List.of(
                                new java.math.BigDecimal("20.00"),
                                new java.math.BigDecimal("25.00"),
                                new java.math.BigDecimal("55.00"))))
                // 资金到位率 from the project's funds: 80 ÷ 100; only that leaf is scored yet
                .body("indicators.find { it.name == '到位率' }.recordValue", decimal("80"))
                .body("indicators.find { it.name == '到位率' }.recordFigures", containsString("到位资金 80 万元 ÷ 计划安排 100 万元"))
                .body("indicators.find { it.name == '到位率' }.score", decimal("2.4"))
                .body("unscored", hasSize(21))
                .body("totalScore", decimal("2.4"))
                .body("grade", equalTo("POOR"))
                .body("editable", equalTo(true))
                .body("events[0].action", equalTo("CREATED"))
                .extract()
                .jsonPath();
        long id = e.getLong("id");
        // the copy has its own rows; parents are remapped inside the evaluation
        int level2 = e.getInt("indicators.find { it.name == '资金分配' }.id");
        assertEquals(level2, e.getInt("indicators.find { it.name == '分配结果' }.parentId"));

        // a later edit of the template does not reach the evaluation
        TemplateRows.execute(
                owner,
                "update template_indicator set name = '改过的分配结果', weight = 9 where template_id = ? and name = '分配结果'",
                template);
        e = as(editor)
                .get("/api/evaluations/" + id)
                .then()
                .statusCode(200)
                .body("indicators.name", hasItem("分配结果"))
                .body("indicators.name", not(hasItem("改过的分配结果")))
                .body("indicators.find { it.name == '分配结果' }.weight", decimal("5"))
                .extract()
                .jsonPath();

        // ticking ② of 分配结果 gives its 3 points, at once in the totals
        e = as(editor)
                .body(fill(null, List.of(1), null, null, leafVersion(e, "分配结果")))
                .put("/api/evaluations/" + id + "/indicators/" + leafId(e, "分配结果"))
                .then()
                .statusCode(200)
                .body("indicators.find { it.name == '分配结果' }.computedScore", decimal("3"))
                .body("levels[0].score", decimal("3"))
                .body("totalScore", decimal("5.4"))
                .extract()
                .jsonPath();

        // a hand score needs its reason; with one it wins over the rule
        as(editor)
                .body(fill(null, List.of(1), 5, " ", leafVersion(e, "分配结果")))
                .put("/api/evaluations/" + id + "/indicators/" + leafId(e, "分配结果"))
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("scoreReason"));
        as(editor)
                .body(fill(null, null, 6, "超过分值", leafVersion(e, "分配结果")))
                .put("/api/evaluations/" + id + "/indicators/" + leafId(e, "分配结果"))
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("manualScore"));
        e = as(editor)
                .body(fill(null, List.of(1), 4.5, "分配方案已按因素法调整，酌情加分", leafVersion(e, "分配结果")))
                .put("/api/evaluations/" + id + "/indicators/" + leafId(e, "分配结果"))
                .then()
                .statusCode(200)
                .body("indicators.find { it.name == '分配结果' }.score", decimal("4.5"))
                .body("indicators.find { it.name == '分配结果' }.computedScore", decimal("3"))
                .body("totalScore", decimal("6.9"))
                .extract()
                .jsonPath();

        // the records decide a RECORD indicator's actual value
        as(editor)
                .body(fill(100, null, null, null, leafVersion(e, "到位率")))
                .put("/api/evaluations/" + id + "/indicators/" + leafId(e, "到位率"))
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("actualValue"))
                .body("fields[0].message", containsString("80%"));

        // satisfaction 85% is the 80–90 band: 75% of 8
        e = as(editor)
                .body(fill(85, null, null, null, leafVersion(e, "服务对象满意度")))
                .put("/api/evaluations/" + id + "/indicators/" + leafId(e, "服务对象满意度"))
                .then()
                .statusCode(200)
                .body("indicators.find { it.name == '服务对象满意度' }.score", decimal("6"))
                .body("indicators.find { it.name == '项目效果' }.score", decimal("6"))
                .extract()
                .jsonPath();

        // a stale version is refused
        as(editor)
                .body(fill(95, null, null, null, 0))
                .put("/api/evaluations/" + id + "/indicators/" + leafId(e, "服务对象满意度"))
                .then()
                .statusCode(409);

        // the evaluation's own fields
        as(editor)
                .body(Map.of(
                        "overallGoal",
                        "一窗受理",
                        "goalAchieved",
                        "已试运行",
                        "evaluatorName",
                        "评价组",
                        "reportDate",
                        "2025-03-01",
                        "version",
                        e.getInt("version")))
                .put("/api/evaluations/" + id)
                .then()
                .statusCode(200)
                .body("goalAchieved", equalTo("已试运行"))
                .body("reportDate", equalTo("2025-03-01"));

        // once submitted nothing changes (the review step sets the status; here SQL does)
        TemplateRows.execute(owner, "update evaluation set status = 'SUBMITTED' where id = ?", id);
        e = as(editor)
                .get("/api/evaluations/" + id)
                .then()
                .statusCode(200)
                .body("editable", equalTo(false))
                .extract()
                .jsonPath();
        as(editor)
                .body(fill(95, null, null, null, leafVersion(e, "服务对象满意度")))
                .put("/api/evaluations/" + id + "/indicators/" + leafId(e, "服务对象满意度"))
                .then()
                .statusCode(409)
                .body("message", containsString("已提交，不能修改"));
        as(editor)
                .body(Map.of("kind", "PROBLEM", "text", "迟来的问题"))
                .post("/api/evaluations/" + id + "/items")
                .then()
                .statusCode(409);

        // one per subject, year and kind
        as(editor)
                .body(start(department, project, 2024, "SELF", template))
                .post("/api/evaluations")
                .then()
                .statusCode(409);

        // every save was audited
        assertEquals(
                1,
                count(
                        owner,
                        "select count(*) from audit_log where entity = 'Evaluation' and entity_id = ? and action = 'CREATE'",
                        id));
        assertEquals(
                3,
                count(
                        owner,
                        "select count(*) from audit_log where entity = 'EvaluationIndicator' and action = 'FILL'"
                                + " and entity_id in (select id from evaluation_indicator where evaluation_id = ?)",
                        id));

        // the list
        as(Tokens.accessToken("yueyang-finance"))
                .get("/api/evaluations?year=2024&status=SUBMITTED")
                .then()
                .statusCode(200)
                .body("items.find { it.id == " + id + " }.subjectName", equalTo("评价测试项目"))
                .body("items.find { it.id == " + id + " }.kind", equalTo("SELF"))
                .body("items.find { it.id == " + id + " }.totalScore", decimal("12.9"));
        as(editor).get("/api/evaluations?year=20x4").then().statusCode(400).body("fields[0].field", equalTo("year"));
        as(editor)
                .get("/api/evaluations?status=DONE")
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("status"));
    }

    @Test
    void approvedTargetsFillTheLeavesAndOpenRectificationItemsAreCarriedOver() throws Exception {
        String editor = Tokens.accessToken("yueyang-dept");
        long department = departmentId(editor, "zwfwzx");
        long project = createProject(editor, department, "目标测试项目");
        long template = TemplateRows.insert(owner, YUEYANG, "PROJECT", "测试-目标", TemplateRows.yichuang());

        long target = insert(
                owner,
                "insert into performance_target (tenant_id, department_id, project_id, year, status,"
                        + " overall_goal, created_by) values (?, ?, ?, 2025, 'APPROVED', '让群众最多跑一次', 'test')",
                YUEYANG,
                department,
                project);
        insert(
                owner,
                "insert into target_indicator (tenant_id, target_id, position, level1, level2, name, comparator,"
                        + " target_value, unit) values (?, ?, 0, '项目产出指标', '数量指标', '政务服务事项网上可办率', '>=', 70, '%')",
                YUEYANG,
                target);
        insert(
                owner,
                "insert into target_indicator (tenant_id, target_id, position, level1, level2, name, comparator,"
                        + " target_value, unit) values (?, ?, 1, '项目产出指标', '数量指标', '一窗分类受理事项占比', '>=', 70, '%')",
                YUEYANG,
                target);
        insert(
                owner,
                "insert into target_indicator (tenant_id, target_id, position, level1, level2, name, target_text)"
                        + " values (?, ?, 2, '项目产出指标', '质量指标', '实现政务4.0', '4.0')",
                YUEYANG,
                target);

        // last year's evaluation with an open and a finished rectification item
        long last = as(editor)
                .body(start(department, project, 2024, "SELF", template))
                .post("/api/evaluations")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        var open = new HashMap<String, Object>(Map.of(
                "kind",
                "RECTIFICATION",
                "text",
                "尽快组织系统验收",
                "ownerDepartmentId",
                department,
                "dueOn",
                "2025-03-31",
                "status",
                "OPEN"));
        as(editor)
                .body(open)
                .post("/api/evaluations/" + last + "/items")
                .then()
                .statusCode(201)
                .body("items[0].ownerName", equalTo("岳阳市政务服务中心"));
        as(editor)
                .body(Map.of(
                        "kind",
                        "RECTIFICATION",
                        "text",
                        "补齐资金分配方案",
                        "ownerName",
                        "财务科",
                        "dueOn",
                        "2025-01-31",
                        "status",
                        "DONE",
                        "doneOn",
                        "2025-01-20"))
                .post("/api/evaluations/" + last + "/items")
                .then()
                .statusCode(201);
        as(editor)
                .body(Map.of("kind", "RECTIFICATION", "text", "缺少期限"))
                .post("/api/evaluations/" + last + "/items")
                .then()
                .statusCode(400)
                .body("fields.field", equalTo(List.of("ownerName", "dueOn", "status")));

        JsonPath e = as(editor)
                .body(start(department, project, 2025, "SELF", template))
                .post("/api/evaluations")
                .then()
                .statusCode(201)
                .body("targetId", equalTo((int) target))
                .body("overallGoal", equalTo("让群众最多跑一次"))
                // two 数量指标 targets share 产出数量's 5 points; 实现政务4.0 fills 产出质量
                .body("indicators.find { it.name == '产出数量' }.targetValue", decimal("70"))
                .body("indicators.find { it.name == '产出数量' }.comparator", equalTo(">="))
                .body("indicators.find { it.name == '产出数量' }.weight", decimal("2.5"))
                .body("indicators.find { it.name == '一窗分类受理事项占比' }.weight", decimal("2.5"))
                .body("indicators.find { it.name == '一窗分类受理事项占比' }.level", equalTo(3))
                .body("indicators.find { it.name == '产出质量' }.targetText", equalTo("4.0"))
                .body("levels[2].weight", decimal("55"))
                .body("items", hasSize(1))
                .body("items[0].text", equalTo("尽快组织系统验收"))
                .body("items[0].status", equalTo("OPEN"))
                .body("items[0].carriedFromId", not(nullValue()))
                .extract()
                .jsonPath();

        // actual 63 against ≥ 70: 90% of 2.5
        as(editor)
                .body(fill(63, null, null, null, leafVersion(e, "产出数量")))
                .put("/api/evaluations/" + e.getLong("id") + "/indicators/" + leafId(e, "产出数量"))
                .then()
                .statusCode(200)
                .body("indicators.find { it.name == '产出数量' }.score", decimal("2.25"));
    }

    @Test
    void anotherRegionSeesNothingAndAnotherDepartmentIsRefused() throws Exception {
        String editor = Tokens.accessToken("yijinhuoluo-dept");
        long department = departmentId(editor, "zwfwj");
        long template = TemplateRows.insert(owner, "150627", "DEPARTMENT", "测试-部门", TemplateRows.kiosk());
        TemplateRows.execute(
                owner,
                "delete from evaluation where tenant_id = '150627' and department_id = ? and year = 2030",
                department);
        long id = as(editor)
                .body(start(department, null, 2030, "SELF", template))
                .post("/api/evaluations")
                .then()
                .statusCode(201)
                .body("subjectName", equalTo("伊金霍洛旗政务服务局"))
                // a department's devices are those it bought: none ordered by 2030 is retired, 12 of them
                .body("indicators.find { it.name == '设备验收合格率' }.recordFigures", containsString("设备 12 台"))
                .extract()
                .jsonPath()
                .getLong("id");

        // another region: exactly like a missing one
        as(Tokens.accessToken("baoshan-finance"))
                .get("/api/evaluations/" + id)
                .then()
                .statusCode(404);
        as(Tokens.accessToken("baoshan-dept"))
                .body(Map.of("kind", "PROBLEM", "text", "x"))
                .post("/api/evaluations/" + id + "/items")
                .then()
                .statusCode(404);
        // another department of the region: refused
        String shebao = Tokens.accessToken("yijinhuoluo-shebao");
        as(shebao).get("/api/evaluations/" + id).then().statusCode(403);
        as(shebao).get("/api/evaluations?departmentId=" + department).then().statusCode(403);
        as(shebao).get("/api/evaluations?year=2030").then().statusCode(200).body("items.id", not(hasItem((int) id)));
        // a department editor cannot start another department's, nor a finance review
        as(shebao)
                .body(start(department, null, 2031, "SELF", template))
                .post("/api/evaluations")
                .then()
                .statusCode(403);
        as(editor)
                .body(start(department, null, 2031, "FINANCE_REVIEW", template))
                .post("/api/evaluations")
                .then()
                .statusCode(403);
        // the finance reviewer reads it but does not fill a self-evaluation
        String finance = Tokens.accessToken("yijinhuoluo-finance");
        JsonPath e = as(finance)
                .get("/api/evaluations/" + id)
                .then()
                .statusCode(200)
                .body("editable", equalTo(false))
                .extract()
                .jsonPath();
        as(finance)
                .body(fill(null, null, 1, "理由", leafVersion(e, "绩效目标合理性")))
                .put("/api/evaluations/" + id + "/indicators/" + leafId(e, "绩效目标合理性"))
                .then()
                .statusCode(403);
        // a project of another department is not this department's subject
        long otherTemplateProject = departmentId(finance, "jysbj");
        as(editor)
                .body(start(otherTemplateProject, null, 2031, "SELF", template))
                .post("/api/evaluations")
                .then()
                .statusCode(403);
        as(editor).body(Map.of("kind", "SELF")).post("/api/evaluations").then().statusCode(400);
    }
}

package cn.jixiao.portal.evaluation.review;

import static cn.jixiao.portal.evaluation.review.EvaluationRows.exec;
import static cn.jixiao.portal.evaluation.review.EvaluationRows.selfEvaluation;
import static cn.jixiao.portal.project.ProjectFixtures.YIJINHUOLUO;
import static cn.jixiao.portal.project.ProjectFixtures.YUEYANG;
import static cn.jixiao.portal.project.ProjectFixtures.as;
import static cn.jixiao.portal.project.ProjectFixtures.createProject;
import static cn.jixiao.portal.project.ProjectFixtures.insert;
import static cn.jixiao.portal.project.ProjectFixtures.strings;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EvaluationReviewTest {
    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    static long ownDepartment(String token) {
        Number id = as(token).get("/api/me").then().statusCode(200).extract().path("department.id");
        return id.longValue();
    }

    private static Map<String, Object> step(int version, String comment) {
        var body = new java.util.HashMap<String, Object>();
        body.put("version", version);
        if (comment != null) {
            body.put("comment", comment);
        }
        return body;
    }

    @Test
    void submittedReturnedFixedResubmittedAndApprovedEveryStepDatedAttributedAndAudited() throws Exception {
        String editor = Tokens.accessToken("yueyang-dept");
        String finance = Tokens.accessToken("yueyang-finance");
        long department = ownDepartment(editor);
        long project = createProject(editor, department, "一窗受理评价审核测试");
        long id = selfEvaluation(owner, YUEYANG, department, project, 2024).evaluationId();
        String base = "/api/evaluations/" + id;

        // only a finance reviewer approves, and only what was submitted
        as(finance)
                .body(step(0, null))
                .post(base + "/approve")
                .then()
                .statusCode(409)
                .body("error", equalTo("not_submitted"))
                .body("message", containsString("只有已提交的评价可以审核通过"));
        as(editor)
                .body(step(1, null))
                .post(base + "/submit")
                .then()
                .statusCode(409)
                .body("message", containsString("此记录已被他人修改"));

        as(editor)
                .body(step(0, "自评完成，请审核"))
                .post(base + "/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("statusLabel", equalTo("已提交"))
                .body("editable", equalTo(false))
                .body("version", equalTo(1))
                .body("submittedBy", equalTo("yueyang-dept"))
                .body("events", hasSize(1))
                .body("events[0].action", equalTo("SUBMITTED"))
                .body("events[0].actor", equalTo("yueyang-dept"))
                .body("events[0].actorName", notNullValue())
                .body("events[0].at", notNullValue())
                .body("events[0].comment", equalTo("自评完成，请审核"));

        // nothing is edited after submission
        as(editor)
                .body(List.of(Map.of("name", "杨胜", "title", "副主任", "unit", "政务服务中心", "leader", true)))
                .put(base + "/evaluators")
                .then()
                .statusCode(409)
                .body("error", equalTo("not_editable"))
                .body("message", containsString("不能再修改评价人员"));
        as(editor).body(step(1, null)).post(base + "/submit").then().statusCode(409);
        as(editor)
                .body(step(1, null))
                .post(base + "/approve")
                .then()
                .statusCode(403)
                .body("message", containsString("只有财政审核人可以审批"));
        as(editor).body(step(1, "自己退回")).post(base + "/return").then().statusCode(403);

        as(finance)
                .body(step(1, "  "))
                .post(base + "/return")
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("comment"))
                .body("message", containsString("请写明退回意见"));
        as(finance)
                .body(step(1, "材料减少的实际完成值缺少佐证，请补充偏差原因"))
                .post(base + "/return")
                .then()
                .statusCode(200)
                .body("status", equalTo("RETURNED"))
                .body("editable", equalTo(true))
                .body("decidedBy", equalTo("yueyang-finance"))
                .body("events[1].action", equalTo("RETURNED"))
                .body("events[1].actionLabel", equalTo("退回修改"))
                .body("events[1].actor", equalTo("yueyang-finance"))
                .body("events[1].comment", equalTo("材料减少的实际完成值缺少佐证，请补充偏差原因"));

        // returned: edited again (the evaluation group of seed 003), then submitted with the new version
        int version = as(editor)
                .body(Map.of(
                        "evaluators",
                        List.of(
                                Map.of("name", "杨胜", "title", "副主任", "unit", "政务服务中心", "leader", true),
                                Map.of("name", "谭昕", "title", "科长", "unit", "政务服务中心", "leader", false)),
                        "version",
                        2))
                .put(base + "/evaluators")
                .then()
                .statusCode(200)
                .body("evaluators.name", equalTo(List.of("杨胜", "谭昕")))
                .body("evaluators[0].leader", equalTo(true))
                .extract()
                .path("version");
        assertEquals(3, version);
        as(editor).body(step(2, null)).post(base + "/submit").then().statusCode(409);
        as(editor)
                .body(step(version, "已补充"))
                .post(base + "/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        as(finance)
                .body(step(version + 1, "同意"))
                .post(base + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("statusLabel", equalTo("已审核通过"))
                .body("decidedBy", equalTo("yueyang-finance"))
                .body("events.action", equalTo(List.of("SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED")));
        as(finance).body(step(version + 2, null)).post(base + "/approve").then().statusCode(409);
        as(finance).body(step(version + 2, "再退回")).post(base + "/return").then().statusCode(409);

        assertEquals(
                List.of("SUBMITTED", "RETURNED", "EVALUATORS", "SUBMITTED", "APPROVED"),
                strings(
                        owner,
                        "select action from audit_log where tenant_id = ? and entity = 'Evaluation' and entity_id = ?"
                                + " order by id",
                        YUEYANG,
                        id));
        assertEquals(
                List.of("yueyang-dept", "yueyang-finance", "yueyang-dept", "yueyang-finance"),
                strings(owner, "select actor from evaluation_event where evaluation_id = ? order by at, id", id));
        var times = strings(owner, "select at::text from evaluation_event where evaluation_id = ? order by id", id);
        assertTrue(
                times.stream()
                        .allMatch(
                                t -> t.startsWith(String.valueOf(LocalDate.now().getYear()))),
                times::toString);
    }

    @Test
    void submissionWaitsForEveryScoreTheRequiredEvidenceAndTheBlockingFindings() throws Exception {
        String editor = Tokens.accessToken("yueyang-dept");
        long department = ownDepartment(editor);
        long project = createProject(editor, department, "一窗受理提交检查测试");
        var built = selfEvaluation(owner, YUEYANG, department, project, 2024);
        long id = built.evaluationId();
        String base = "/api/evaluations/" + id;

        exec(owner, "update evaluation_indicator set computed_score = null where id = ?", built.secondLeafId());
        exec(owner, "update evaluation_indicator set evidence_required = true where id = ?", built.firstLeafId());
        as(editor)
                .body(step(0, null))
                .post(base + "/submit")
                .then()
                .statusCode(400)
                .body("error", equalTo("incomplete"))
                .body(
                        "fields.field",
                        equalTo(List.of(
                                "indicators[" + built.secondLeafId() + "].score",
                                "indicators[" + built.firstLeafId() + "].evidence")))
                .body("fields[0].message", containsString("尚未评分"))
                .body("fields[1].message", containsString("须上传佐证资料"));

        exec(owner, "update evaluation_indicator set computed_score = 38 where id = ?", built.secondLeafId());
        // an old version of the evidence does not count, the current one does
        insert(
                owner,
                "insert into evidence_file (tenant_id, owner_kind, owner_id, evaluation_id, department_id, current,"
                        + " file_name, content_type, size_bytes, object_key, sha256, uploaded_by)"
                        + " values (?, 'INDICATOR', ?, ?, ?, false, '网上可办率.pdf', 'application/pdf', 10, 'k/old', ?, 'test')",
                YUEYANG,
                built.firstLeafId(),
                id,
                department,
                "0".repeat(64));
        as(editor)
                .body(step(0, null))
                .post(base + "/submit")
                .then()
                .statusCode(400)
                .body("fields.field", equalTo(List.of("indicators[" + built.firstLeafId() + "].evidence")));
        insert(
                owner,
                "insert into evidence_file (tenant_id, owner_kind, owner_id, evaluation_id, department_id, current,"
                        + " file_name, content_type, size_bytes, object_key, sha256, uploaded_by)"
                        + " values (?, 'INDICATOR', ?, ?, ?, true, '网上可办率.pdf', 'application/pdf', 10, 'k/new', ?, 'test')",
                YUEYANG,
                built.firstLeafId(),
                id,
                department,
                "1".repeat(64));

        // full marks with no actual value: a blocking finding the checks keep
        exec(
                owner,
                "update evaluation_indicator set actual_value = null, manual_score = 40, score_reason = '按完成计满分'"
                        + " where id = ?",
                built.secondLeafId());
        // written behind the portal's back: the stored total follows the scores as a save would make it
        exec(
                owner,
                "update evaluation set total_score = (select sum(coalesce(manual_score, computed_score))"
                        + " from evaluation_indicator where evaluation_id = ? and level = 3) where id = ?",
                id,
                id);
        long finding = insert(
                owner,
                "insert into finding (tenant_id, evaluation_id, department_id, year, code, severity,"
                        + " subject_key, message) values (?, ?, ?, 2024, 'FULL_MARKS_WITHOUT_DATA', 'BLOCKING', ?,"
                        + " '「材料减少60%以上」得满分40分，但没有实际完成值')",
                YUEYANG,
                id,
                department,
                "indicator:" + built.secondLeafId());
        as(editor)
                .body(step(0, null))
                .post(base + "/submit")
                .then()
                .statusCode(409)
                .body("error", equalTo("blocking_findings"))
                .body("message", containsString("阻断性核查发现"))
                .body("fields.message", hasItem(containsString("没有实际完成值")));
        as(editor)
                .get(base + "/review")
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("events", hasSize(0));

        exec(
                owner,
                "update finding set state = 'EXPLAINED', explanation = '实际完成值见验收报告', explained_by = 'yueyang-finance',"
                        + " explained_at = now() where id = ?",
                finding);
        exec(owner, "update evaluation_indicator set actual_value = 60 where id = ?", built.secondLeafId());
        as(editor)
                .body(step(0, null))
                .post(base + "/submit")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }

    @Test
    void evaluatorsNeedNamesAndExactlyOneLeader() throws Exception {
        String editor = Tokens.accessToken("yueyang-dept");
        long department = ownDepartment(editor);
        long id = selfEvaluation(owner, YUEYANG, department, createProject(editor, department, "评价人员测试"), 2024)
                .evaluationId();
        String base = "/api/evaluations/" + id + "/evaluators";
        as(editor)
                .body(List.of(Map.of("name", "杨胜", "leader", true), Map.of("name", "谭昕", "leader", true)))
                .put(base)
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("leader"))
                .body("message", containsString("有且只有一名组长"));
        as(editor)
                .body(List.of(Map.of("name", "杨胜")))
                .put(base)
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("leader"));
        as(editor)
                .body(List.of(Map.of("name", " ", "leader", true)))
                .put(base)
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("evaluators[0].name"));
        as(editor)
                .body("{\"evaluators\": \"杨胜\"}")
                .put(base)
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("evaluators"));
        as(editor)
                .body(Map.of("evaluators", List.of(Map.of("name", "杨胜", "title", "副主任", "leader", true)), "version", 7))
                .put(base)
                .then()
                .statusCode(409);
        as(editor)
                .body(Map.of("evaluators", List.of(Map.of("name", "杨胜", "title", "副主任", "leader", true)), "version", 0))
                .put(base)
                .then()
                .statusCode(200)
                .body("evaluators", hasSize(1))
                .body("version", equalTo(1));
        // the group is replaced only with the version read: a bare list carries none
        as(editor).body(List.of()).put(base).then().statusCode(400).body("fields[0].field", equalTo("version"));
        as(editor)
                .body(Map.of("evaluators", List.of(), "version", 1))
                .put(base)
                .then()
                .statusCode(200)
                .body("evaluators", hasSize(0));
    }

    @Test
    void opinionsAreSignedByTheirOwnSide() throws Exception {
        String editor = Tokens.accessToken("yueyang-dept");
        String finance = Tokens.accessToken("yueyang-finance");
        long department = ownDepartment(editor);
        long id = selfEvaluation(owner, YUEYANG, department, createProject(editor, department, "签署意见测试"), 2024)
                .evaluationId();
        String base = "/api/evaluations/" + id + "/opinions/";
        var unit = Map.of("opinion", "同意自评结果", "signer", "谭昕", "signedOn", "2020-06-09");

        as(editor)
                .body(Map.of("signer", "谭昕"))
                .put(base + "PROJECT_UNIT")
                .then()
                .statusCode(400)
                .body("fields.field", equalTo(List.of("opinion", "signedOn")));
        as(editor).body(unit).put(base + "MAYOR").then().statusCode(400).body("fields[0].field", equalTo("role"));
        as(editor)
                .body(unit)
                .put(base + "PROJECT_UNIT")
                .then()
                .statusCode(200)
                .body("opinions[0].role", equalTo("PROJECT_UNIT"))
                .body("opinions[0].roleLabel", equalTo("项目单位意见"))
                .body("opinions[0].signer", equalTo("谭昕"))
                .body("opinions[0].signedOn", equalTo("2020-06-09"))
                .body("opinions[0].recordedBy", equalTo("yueyang-dept"));
        as(editor)
                .body(Map.of("opinion", "同意", "signer", "杨胜", "signedOn", "2020-06-10", "version", 5))
                .put(base + "PROJECT_UNIT")
                .then()
                .statusCode(409);
        as(editor)
                .body(Map.of("opinion", "同意", "signer", "杨胜", "signedOn", "2020-06-10", "version", 0))
                .put(base + "PROJECT_UNIT")
                .then()
                .statusCode(200)
                .body("opinions[0].signer", equalTo("杨胜"))
                .body("opinions[0].version", equalTo(1));
        as(finance).body(unit).put(base + "COMPETENT_DEPARTMENT").then().statusCode(403);
        as(editor).body(unit).put(base + "FINANCE").then().statusCode(403);

        as(editor)
                .body(step(0, null))
                .post("/api/evaluations/" + id + "/submit")
                .then()
                .statusCode(200);
        as(editor).body(unit).put(base + "COMPETENT_DEPARTMENT").then().statusCode(409);
        as(finance)
                .body(Map.of(
                        "opinion",
                        "经审核，同意该项目自评结果",
                        "signer",
                        "岳阳市财政局行政政法科",
                        "signedOn",
                        LocalDate.now().toString()))
                .put(base + "FINANCE")
                .then()
                .statusCode(200)
                .body("opinions.role", equalTo(List.of("PROJECT_UNIT", "FINANCE")))
                .body("status", equalTo("SUBMITTED"))
                .body("version", equalTo(1));
        as(finance)
                .body(step(1, null))
                .post("/api/evaluations/" + id + "/approve")
                .then()
                .statusCode(200);
        as(finance)
                .body(Map.of("opinion", "改", "signer", "某", "signedOn", "2020-06-09", "version", 0))
                .put(base + "FINANCE")
                .then()
                .statusCode(409);
    }

    @Test
    void anotherRegionFindsNothingAndAnotherDepartmentIsRefused() throws Exception {
        String yueyangEditor = Tokens.accessToken("yueyang-dept");
        long yueyangDepartment = ownDepartment(yueyangEditor);
        long yueyangEvaluation = selfEvaluation(
                        owner,
                        YUEYANG,
                        yueyangDepartment,
                        createProject(yueyangEditor, yueyangDepartment, "跨地区测试"),
                        2024)
                .evaluationId();
        String other = Tokens.accessToken("yijinhuoluo-finance");
        as(other)
                .get("/api/evaluations/" + yueyangEvaluation + "/review")
                .then()
                .statusCode(404);
        as(other)
                .body(step(0, "越权"))
                .post("/api/evaluations/" + yueyangEvaluation + "/return")
                .then()
                .statusCode(404);
        as(Tokens.accessToken("yijinhuoluo-dept"))
                .body(step(0, null))
                .post("/api/evaluations/" + yueyangEvaluation + "/submit")
                .then()
                .statusCode(404);

        String owning = Tokens.accessToken("yijinhuoluo-dept");
        long department = ownDepartment(owning);
        long id = selfEvaluation(owner, YIJINHUOLUO, department, createProject(owning, department, "跨部门测试"), 2024)
                .evaluationId();
        String neighbour = Tokens.accessToken("yijinhuoluo-shebao");
        as(neighbour).get("/api/evaluations/" + id + "/review").then().statusCode(403);
        as(neighbour)
                .body(step(0, null))
                .post("/api/evaluations/" + id + "/submit")
                .then()
                .statusCode(403);
        as(neighbour)
                .body(List.of())
                .put("/api/evaluations/" + id + "/evaluators")
                .then()
                .statusCode(403);
        as(neighbour)
                .body(Map.of("opinion", "同意", "signer", "某", "signedOn", "2024-01-05"))
                .put("/api/evaluations/" + id + "/opinions/PROJECT_UNIT")
                .then()
                .statusCode(403);
        assertEquals(List.of("DRAFT"), strings(owner, "select status from evaluation where id = ?", id));
    }

    @Test
    void aThirdPartyEvaluationIsSubmittedByTheAssignedEvaluatorOnly() throws Exception {
        String editor = Tokens.accessToken("yueyang-dept");
        long department = ownDepartment(editor);
        long assigned = createProject(editor, department, "第三方评价审核测试");
        long other = createProject(editor, department, "未指派的第三方评价");
        insert(
                owner,
                "insert into project_assignment (tenant_id, project_id, username) values (?, ?, 'evaluator-wang')",
                YUEYANG,
                assigned);
        long id = EvaluationRows.evaluation(owner, YUEYANG, department, assigned, 2024, "THIRD_PARTY", null)
                .evaluationId();
        long unassigned = EvaluationRows.evaluation(owner, YUEYANG, department, other, 2024, "THIRD_PARTY", null)
                .evaluationId();
        String evaluator = Tokens.accessToken("evaluator-wang");

        as(evaluator)
                .header("X-Jixiao-Region", YUEYANG)
                .body(step(0, null))
                .post("/api/evaluations/" + unassigned + "/submit")
                .then()
                .statusCode(403);
        as(evaluator)
                .header("X-Jixiao-Region", YUEYANG)
                .body(Map.of(
                        "evaluators",
                        List.of(Map.of("name", "王评价", "title", "高级咨询师", "unit", "北疆绩效评价咨询有限公司", "leader", "true")),
                        "version",
                        0))
                .put("/api/evaluations/" + id + "/evaluators")
                .then()
                .statusCode(200)
                .body("evaluators[0].leader", equalTo(true));
        as(evaluator)
                .header("X-Jixiao-Region", YUEYANG)
                .body(step(1, "第三方评价完成"))
                .post("/api/evaluations/" + id + "/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("events[0].actor", equalTo("evaluator-wang"));
        as(evaluator)
                .header("X-Jixiao-Region", YUEYANG)
                .body(step(2, null))
                .post("/api/evaluations/" + id + "/approve")
                .then()
                .statusCode(403);
    }

    /**
     * A third-party evaluation that names the evaluator's firm is theirs to read and fill through every
     * door (API, review, pages), even when the project was not assigned to them by name; before the
     * rights were unified the evaluation API refused what the review API allowed.
     */
    @Test
    void theFirmNamedOnAThirdPartyEvaluationReadsAndFillsItThroughTheApiAsThroughTheReview() throws Exception {
        String editor = Tokens.accessToken("yueyang-dept");
        long department = ownDepartment(editor);
        long project = createProject(editor, department, "委托北疆评价的项目");
        long firms = EvaluationRows.evaluation(
                        owner, YUEYANG, department, project, 2024, "THIRD_PARTY", "beijiang-pingjia")
                .evaluationId();
        long otherFirm = EvaluationRows.evaluation(
                        owner, YUEYANG, department, project, 2023, "THIRD_PARTY", "another-firm")
                .evaluationId();
        long self = selfEvaluation(owner, YUEYANG, department, project, 2024).evaluationId();
        String evaluator = Tokens.accessToken("evaluator-wang");

        as(evaluator)
                .header("X-Jixiao-Region", YUEYANG)
                .get("/api/evaluations/" + firms)
                .then()
                .statusCode(200)
                .body("id", equalTo((int) firms))
                .body("editable", equalTo(true));
        as(evaluator)
                .header("X-Jixiao-Region", YUEYANG)
                .body(Map.of("overallGoal", "第三方评价组核实的年度总体目标", "version", 0))
                .put("/api/evaluations/" + firms)
                .then()
                .statusCode(200)
                .body("overallGoal", equalTo("第三方评价组核实的年度总体目标"));
        as(evaluator)
                .header("X-Jixiao-Region", YUEYANG)
                .get("/api/evaluations/" + firms + "/review")
                .then()
                .statusCode(200);
        // another firm's evaluation, and a self-evaluation of the same project, stay closed to them
        as(evaluator)
                .header("X-Jixiao-Region", YUEYANG)
                .get("/api/evaluations/" + otherFirm)
                .then()
                .statusCode(403);
        as(evaluator)
                .header("X-Jixiao-Region", YUEYANG)
                .get("/api/evaluations/" + self + "/review")
                .then()
                .statusCode(403);
    }
}

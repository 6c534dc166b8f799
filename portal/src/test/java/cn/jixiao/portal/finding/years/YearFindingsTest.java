package cn.jixiao.portal.finding.years;

import static cn.jixiao.portal.evaluation.review.EvaluationRows.exec;
import static cn.jixiao.portal.evaluation.review.EvaluationRows.selfEvaluation;
import static cn.jixiao.portal.project.ProjectFixtures.YUEYANG;
import static cn.jixiao.portal.project.ProjectFixtures.as;
import static cn.jixiao.portal.project.ProjectFixtures.count;
import static cn.jixiao.portal.project.ProjectFixtures.createProject;
import static cn.jixiao.portal.project.ProjectFixtures.decimal;
import static cn.jixiao.portal.project.ProjectFixtures.insert;
import static cn.jixiao.portal.project.ProjectFixtures.unique;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.portal.evaluation.review.EvaluationRows.Built;
import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two years of one project (seed 003's funds: 358.392 万元 arrived, 107.5176 spent): the second year's
 * report states last year's 网上可办率 wrongly, a rectification item promised last year goes unreported,
 * a missed indicator is dropped. Each becomes a finding of the second year's evaluation, listed and
 * filtered by code, the wrong figure stops publication, fixing the data fixes the findings, a region
 * raises a warning to blocking, and another region sees none of it.
 */
@QuarkusTest
class YearFindingsTest {
    static final String WRONG = "上年政务服务事项网上可办率为70%";
    static final String RIGHT = "上年政务服务事项网上可办率为65%";
    static final String PROMISE = "尽快组织系统竣工验收并按合同支付尾款";

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    final String editor = Tokens.accessToken("yueyang-dept");
    final String finance = Tokens.accessToken("yueyang-finance");

    /** Last year's and this year's evaluations of one project, the second approved. */
    record TwoYears(Built last, Built current) {}

    long ownDepartment() {
        Number id = as(editor).get("/api/me").then().statusCode(200).extract().path("department.id");
        return id.longValue();
    }

    TwoYears twoYears(int year) throws Exception {
        long department = ownDepartment();
        long project = createProject(editor, department, unique("跨年核对"));
        exec(
                owner,
                "update project_fund set planned = 358.392, arrived = 358.392, spent = 107.5176 where project_id = ?",
                project);
        Built last = selfEvaluation(owner, YUEYANG, department, project, year - 1);
        // last year 网上可办率 reached 65 % of its 70 % target
        exec(owner, "update evaluation_indicator set actual_value = 65 where id = ?", last.firstLeafId());
        insert(
                owner,
                "insert into evaluation_item (tenant_id, evaluation_id, kind, position, text, owner_name, due_on, status)"
                        + " values (?, ?, 'RECTIFICATION', 0, ?, '信息科', date '" + year + "-06-30', 'OPEN')",
                YUEYANG,
                last.evaluationId(),
                PROMISE);
        Built current = selfEvaluation(owner, YUEYANG, department, project, year);
        exec(
                owner,
                "update evaluation set status = 'APPROVED', decided_by = 'test', decided_at = now() where id = ?",
                current.evaluationId());
        return new TwoYears(last, current);
    }

    long draft(long evaluationId) {
        Number id = as(editor)
                .body(Map.of("evaluationId", evaluationId))
                .post("/api/reports")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return id.longValue();
    }

    int version(long reportId) {
        Number v = as(editor).get("/api/reports/" + reportId).then().extract().path("version");
        return v.intValue();
    }

    void save(long reportId, String section, String text) {
        as(editor)
                .body(Map.of("narrative", text, "version", version(reportId)))
                .put("/api/reports/" + reportId + "/sections/" + section)
                .then()
                .statusCode(200);
    }

    long open(long evaluation, String code) throws Exception {
        return count(
                owner,
                "select count(*) from finding where evaluation_id = ? and code = ? and state = 'OPEN'",
                evaluation,
                code);
    }

    @Test
    void lastYearsFigureStatedWronglyIsFoundBlocksPublicationAndIsFixedByTheRightFigure() throws Exception {
        TwoYears years = twoYears(2062);
        long evaluation = years.current().evaluationId();
        long report = draft(evaluation);
        save(report, "basic", "本项目全年预算数358.392万元。" + WRONG + "。");

        String path = "items.find { it.code == 'LAST_YEAR_FIGURE_DIFFERS' }";
        Number found = as(finance)
                .get("/api/findings?evaluationId=" + evaluation)
                .then()
                .statusCode(200)
                .body("items.findAll { it.code == 'LAST_YEAR_FIGURE_DIFFERS' }", hasSize(1))
                .body(path + ".severity", equalTo("BLOCKING"))
                .body(path + ".state", equalTo("OPEN"))
                .body(
                        path + ".message",
                        allOf(
                                containsString("「" + WRONG + "」"),
                                containsString("65.00%"),
                                containsString("2061年度绩效自评（评价 #" + years.last().evaluationId() + "）")))
                .body(path + ".evidence.sentence", equalTo(WRONG))
                .body(path + ".evidence.stated", decimal("70"))
                .body(path + ".evidence.recorded", decimal("65"))
                .body(path + ".evidence.lastYearEvaluationId", equalTo((int)
                        years.last().evaluationId()))
                .extract()
                .path(path + ".id");
        long finding = found.longValue();
        // the narrative rule compares with this year's records only: last year's figure is not its business
        assertEquals(0, open(evaluation, "NARRATIVE_FIGURE_DIFFERS"));

        // the rule is listed, and the list filters by it (code or kind) for the department too
        as(finance)
                .get("/api/findings/checks")
                .then()
                .statusCode(200)
                .body(
                        "code",
                        hasItems("LAST_YEAR_FIGURE_DIFFERS", "RECTIFICATION_NOT_REPORTED", "MISSED_TARGET_DROPPED"))
                .body("find { it.code == 'LAST_YEAR_FIGURE_DIFFERS' }.defaultSeverity", equalTo("BLOCKING"))
                .body("find { it.code == 'RECTIFICATION_NOT_REPORTED' }.defaultSeverity", equalTo("WARNING"));
        as(editor)
                .get("/api/findings?code=LAST_YEAR_FIGURE_DIFFERS&evaluationId=" + evaluation)
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
        as(editor)
                .get("/api/findings?kind=RECTIFICATION_NOT_REPORTED&evaluationId=" + evaluation)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].severity", equalTo("WARNING"))
                .body("items[0].message", allOf(containsString(PROMISE), containsString("未整改")));

        // the evaluation's own recheck keeps the report's finding (it reads the reports too)
        as(finance)
                .post("/api/findings/recheck?evaluationId=" + evaluation)
                .then()
                .statusCode(200);
        as(finance).get("/api/findings/" + finding).then().body("state", equalTo("OPEN"));

        // publication is refused, naming the finding
        var body = new HashMap<String, Object>();
        body.put("catalog", "自评报告");
        body.put("keywords", "绩效自评 跨年核对");
        body.put("version", version(report));
        as(editor)
                .body(body)
                .post("/api/reports/" + report + "/publish")
                .then()
                .statusCode(409)
                .body("message", containsString("LAST_YEAR_FIGURE_DIFFERS"));

        // the right figure, and last year's promise reported on: both fixed
        save(report, "basic", "本项目全年预算数358.392万元。" + RIGHT + "。");
        save(report, "suggestions", "上年评价提出的整改事项：系统已组织竣工验收，并已按合同支付尾款。");
        as(finance).get("/api/findings/" + finding).then().body("state", equalTo("FIXED"));
        assertEquals(0, open(evaluation, "LAST_YEAR_FIGURE_DIFFERS"));
        assertEquals(0, open(evaluation, "RECTIFICATION_NOT_REPORTED"));
        assertEquals(
                1,
                count(
                        owner,
                        "select count(*) from finding where evaluation_id = ? and code = 'RECTIFICATION_NOT_REPORTED' and state = 'FIXED'",
                        evaluation));
    }

    @Test
    void aMissedIndicatorDroppedThisYearIsFoundOnTheEvaluationsRecheckUntilItsReasonIsWritten() throws Exception {
        TwoYears years = twoYears(2064);
        long evaluation = years.current().evaluationId();
        // 材料减少: 57 % of a 60 % target last year (38 of 40 points); this year it is gone
        exec(
                owner,
                "delete from evaluation_indicator where id = ?",
                years.current().secondLeafId());
        as(editor)
                .post("/api/findings/recheck?evaluationId=" + evaluation)
                .then()
                .statusCode(200)
                .body("code", hasItems("MISSED_TARGET_DROPPED", "RECTIFICATION_NOT_REPORTED"));
        as(finance)
                .get("/api/findings?code=MISSED_TARGET_DROPPED&evaluationId=" + evaluation)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].severity", equalTo("WARNING"))
                .body(
                        "items[0].message",
                        allOf(
                                containsString("企业和群众到政府办事提供的材料减少"),
                                containsString("≥60%"),
                                containsString("57%"),
                                containsString("38/40")));

        // the department writes why; the next recheck fixes it
        exec(
                owner,
                "update evaluation set goal_achieved = '企业和群众到政府办事提供的材料减少指标已并入省级考核，本年不再单列' where id = ?",
                evaluation);
        as(editor)
                .post("/api/findings/recheck?evaluationId=" + evaluation)
                .then()
                .statusCode(200);
        assertEquals(0, open(evaluation, "MISSED_TARGET_DROPPED"));
    }

    int settingsVersion(String token) {
        Number v = as(token)
                .get("/api/findings/checks")
                .then()
                .statusCode(200)
                .extract()
                .path("find { it.code == 'RECTIFICATION_NOT_REPORTED' }.settingsVersion");
        return v.intValue();
    }

    void severity(String level) {
        as(finance)
                .body(Map.of("severity", level, "version", settingsVersion(finance)))
                .put("/api/findings/checks/RECTIFICATION_NOT_REPORTED/severity")
                .then()
                .statusCode(200)
                .body("severity", equalTo(level))
                .body("defaultSeverity", equalTo("WARNING"));
    }

    @Test
    void aRegionMayRaiseTheUnreportedRectificationToBlockingAndOtherRegionsSeeNothing() throws Exception {
        TwoYears years = twoYears(2066);
        long evaluation = years.current().evaluationId();
        severity("BLOCKING");
        try {
            as(editor)
                    .post("/api/findings/recheck?evaluationId=" + evaluation)
                    .then()
                    .statusCode(200);
            assertEquals(
                    1,
                    count(
                            owner,
                            "select count(*) from finding where evaluation_id = ? and code = 'RECTIFICATION_NOT_REPORTED'"
                                    + " and severity = 'BLOCKING' and state = 'OPEN'",
                            evaluation));
            as(Tokens.accessToken("yijinhuoluo-finance"))
                    .get("/api/findings/checks")
                    .then()
                    .body("find { it.code == 'RECTIFICATION_NOT_REPORTED' }.severity", equalTo("WARNING"));
        } finally {
            severity("WARNING");
        }
        Number id = as(finance)
                .get("/api/findings?code=RECTIFICATION_NOT_REPORTED&evaluationId=" + evaluation)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .extract()
                .path("items[0].id");

        // another region: neither the finding, nor a recheck of the evaluation, nor the list
        String other = Tokens.accessToken("yijinhuoluo-finance");
        as(other).get("/api/findings/" + id).then().statusCode(404);
        as(other)
                .post("/api/findings/recheck?evaluationId=" + evaluation)
                .then()
                .statusCode(404);
        as(other)
                .get("/api/findings?code=RECTIFICATION_NOT_REPORTED&evaluationId=" + evaluation)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        as(other).get("/api/findings?code=NO_SUCH_RULE").then().statusCode(400).body(containsString("没有这项核查"));
    }
}

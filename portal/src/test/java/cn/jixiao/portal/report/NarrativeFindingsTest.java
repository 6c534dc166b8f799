package cn.jixiao.portal.report;

import static cn.jixiao.portal.evaluation.review.EvaluationRows.exec;
import static cn.jixiao.portal.evaluation.review.EvaluationRows.selfEvaluation;
import static cn.jixiao.portal.project.ProjectFixtures.YUEYANG;
import static cn.jixiao.portal.project.ProjectFixtures.as;
import static cn.jixiao.portal.project.ProjectFixtures.count;
import static cn.jixiao.portal.project.ProjectFixtures.createProject;
import static cn.jixiao.portal.project.ProjectFixtures.decimal;
import static cn.jixiao.portal.project.ProjectFixtures.unique;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A report's text is read against its records on save: a wrong 预算执行率 becomes a blocking finding in
 * the region's list, stops publication until the finance reviewer explains it, and is no other region's
 * business.
 */
@QuarkusTest
class NarrativeFindingsTest {
    static final String ORG_CODE = "12430600-X";
    static final String WRONG = "项目合同款已按进度支付，预算执行率为100.00%";

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    final String editor = Tokens.accessToken("yueyang-dept");
    final String finance = Tokens.accessToken("yueyang-finance");

    long ownDepartment() {
        Number id = as(editor).get("/api/me").then().statusCode(200).extract().path("department.id");
        return id.longValue();
    }

    /** Seed 003 in small: 358.392 万元 arrived, 107.5176 spent (30.00 %), approved. */
    long approvedEvaluation(int year) throws Exception {
        long department = ownDepartment();
        exec(owner, "update department set org_code = ? where id = ?", ORG_CODE, department);
        long project = createProject(editor, department, unique("正文核对"));
        exec(
                owner,
                "update project_fund set planned = 358.392, arrived = 358.392, spent = 107.5176 where project_id = ?",
                project);
        long id = selfEvaluation(owner, YUEYANG, department, project, year).evaluationId();
        exec(
                owner,
                "update evaluation set status = 'APPROVED', decided_by = 'test', decided_at = now() where id = ?",
                id);
        return id;
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

    Map<String, Object> publishBody(long reportId) {
        var body = new HashMap<String, Object>();
        body.put("catalog", "自评报告");
        body.put("keywords", "绩效自评 正文核对");
        body.put("version", version(reportId));
        return body;
    }

    @Test
    void aWrongExecutionRateInTheTextBlocksPublicationUntilTheFinanceReviewerExplainsIt() throws Exception {
        long evaluation = approvedEvaluation(2045);
        long report = draft(evaluation);
        save(report, "basic", "本项目全年预算数358.392万元。" + WRONG + "。");

        // the finding is in the region's list with the sentence and both values
        String path = "items.find { it.code == 'NARRATIVE_FIGURE_DIFFERS' }";
        Number found = as(finance)
                .get("/api/findings?evaluationId=" + evaluation)
                .then()
                .statusCode(200)
                .body("items.findAll { it.code == 'NARRATIVE_FIGURE_DIFFERS' }", hasSize(1))
                .body(path + ".severity", equalTo("BLOCKING"))
                .body(path + ".state", equalTo("OPEN"))
                .body(
                        path + ".message",
                        allOf(containsString("「" + WRONG + "」"), containsString("100.00%"), containsString("30.00%")))
                .body(path + ".evidence.sentence", equalTo(WRONG))
                .body(path + ".evidence.section", equalTo("basic"))
                .body(path + ".evidence.quantity", equalTo("预算执行率"))
                .body(path + ".evidence.stated", decimal("100.00"))
                .body(path + ".evidence.recorded", decimal("30.00"))
                .extract()
                .path(path + ".id");
        long finding = found.longValue();
        // the department sees its own finding; filtering by the rule (kind, or code) works
        as(editor)
                .get("/api/findings?kind=NARRATIVE_FIGURE_DIFFERS&evaluationId=" + evaluation)
                .then()
                .statusCode(200)
                .body("total", equalTo(1));

        // the evaluation's own recheck leaves the text's finding alone
        as(finance)
                .post("/api/findings/recheck?evaluationId=" + evaluation)
                .then()
                .statusCode(200);
        as(finance).get("/api/findings/" + finding).then().body("state", equalTo("OPEN"));

        // publication is refused, naming the finding
        as(editor)
                .body(publishBody(report))
                .post("/api/reports/" + report + "/publish")
                .then()
                .statusCode(409)
                .body("message", allOf(containsString("NARRATIVE_FIGURE_DIFFERS"), containsString("预算执行率")));

        // another region sees none of it
        String other = Tokens.accessToken("yijinhuoluo-finance");
        as(other).get("/api/findings/" + finding).then().statusCode(404);
        as(other)
                .get("/api/findings?code=NARRATIVE_FIGURE_DIFFERS&evaluationId=" + evaluation)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));

        // the finance reviewer explains it; publication goes on and the explanation stays
        Number v = as(finance).get("/api/findings/" + finding).then().extract().path("version");
        as(finance)
                .body(Map.of("explanation", "正文数字照录合同付款计划，以自评表为准，同意公开", "version", v))
                .post("/api/findings/" + finding + "/explain")
                .then()
                .statusCode(200)
                .body("state", equalTo("EXPLAINED"));
        as(editor)
                .body(publishBody(report))
                .post("/api/reports/" + report + "/publish")
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        as(finance)
                .get("/api/findings/" + finding)
                .then()
                .body("state", equalTo("EXPLAINED"))
                .body("explanation", containsString("同意公开"));
    }

    int settingsVersion(String token) {
        Number v = as(token)
                .get("/api/findings/checks")
                .then()
                .statusCode(200)
                .extract()
                .path("find { it.code == 'NARRATIVE_FIGURE_DIFFERS' }.settingsVersion");
        return v.intValue();
    }

    void severity(String level) {
        as(finance)
                .body(Map.of("severity", level, "version", settingsVersion(finance)))
                .put("/api/findings/checks/NARRATIVE_FIGURE_DIFFERS/severity")
                .then()
                .statusCode(200)
                .body("severity", equalTo(level))
                .body("defaultSeverity", equalTo("BLOCKING"));
    }

    @Test
    void aRegionMayLowerTheRuleToAWarningAndOnlyThatRegionIsAffected() throws Exception {
        long evaluation = approvedEvaluation(2047);
        long report = draft(evaluation);
        as(editor)
                .body(Map.of("severity", "WARNING", "version", settingsVersion(editor)))
                .put("/api/findings/checks/NARRATIVE_FIGURE_DIFFERS/severity")
                .then()
                .statusCode(403);
        severity("WARNING");
        try {
            save(report, "basic", WRONG + "。");
            assertEquals(
                    1,
                    count(
                            owner,
                            "select count(*) from finding where evaluation_id = ? and code = 'NARRATIVE_FIGURE_DIFFERS'"
                                    + " and severity = 'WARNING' and state = 'OPEN'",
                            evaluation));
            // a warning is shown and kept, and does not stop publication
            as(editor)
                    .body(publishBody(report))
                    .post("/api/reports/" + report + "/publish")
                    .then()
                    .statusCode(200);
            as(Tokens.accessToken("yijinhuoluo-finance"))
                    .get("/api/findings/checks")
                    .then()
                    .body("find { it.code == 'NARRATIVE_FIGURE_DIFFERS' }.severity", equalTo("BLOCKING"));
        } finally {
            severity("BLOCKING");
        }
    }

    @Test
    void correctingTheTextFixesTheFindingAndTheRightFiguresGiveNone() throws Exception {
        long evaluation = approvedEvaluation(2046);
        long report = draft(evaluation);
        save(report, "indicators", "项目实际支出107.5176万元，" + WRONG + "。");
        String open =
                "select count(*) from finding where evaluation_id = ? and code = 'NARRATIVE_FIGURE_DIFFERS' and state = 'OPEN'";
        assertEquals(1, count(owner, open, evaluation));

        save(report, "indicators", "项目实际支出107.5176万元，预算执行率为30.00%，资金到位率100%。");
        assertEquals(0, count(owner, open, evaluation));
        assertEquals(
                1,
                count(
                        owner,
                        "select count(*) from finding where evaluation_id = ? and code = 'NARRATIVE_FIGURE_DIFFERS' and state = 'FIXED'",
                        evaluation));
        assertEquals(
                0,
                count(
                        owner,
                        "select count(*) from finding where evaluation_id = ? and subject_key like 'report:%' and state <> 'FIXED'",
                        evaluation));
        as(editor)
                .body(publishBody(report))
                .post("/api/reports/" + report + "/publish")
                .then()
                .statusCode(200);
    }
}

package cn.jixiao.portal.report;

import static cn.jixiao.portal.evaluation.review.EvaluationRows.exec;
import static cn.jixiao.portal.evaluation.review.EvaluationRows.selfEvaluation;
import static cn.jixiao.portal.project.ProjectFixtures.YUEYANG;
import static cn.jixiao.portal.project.ProjectFixtures.as;
import static cn.jixiao.portal.project.ProjectFixtures.createProject;
import static cn.jixiao.portal.project.ProjectFixtures.unique;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, item 6: a report published while a figure of its text is contradicted by the records, the
 * finance reviewer having explained it, carries the figure, the records' value and the explanation (the
 * sentence marked 〔数据说明1〕, a closing "数据说明" section) in the body it publishes: the same body
 * public-site serves at /api/reports/{id} and on its page, and the portal's print page shows.
 */
@QuarkusTest
class PublishedExplanationsTest {
    static final String ORG_CODE = "12430600-X";
    static final String WRONG = "项目合同款已按进度支付，预算执行率为100.00%";
    static final String EXPLANATION = "正文数字照录合同付款计划，以自评表为准，同意公开";

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    final String editor = Tokens.accessToken("yueyang-dept");
    final String finance = Tokens.accessToken("yueyang-finance");
    final List<Long> drafted = new ArrayList<>();

    /** Seed 003 in small: 358.392 万元 arrived, 107.5176 spent (30.00 %), approved. */
    long approvedEvaluation(int year) throws Exception {
        Number department =
                as(editor).get("/api/me").then().statusCode(200).extract().path("department.id");
        exec(owner, "update department set org_code = ? where id = ?", ORG_CODE, department.longValue());
        long project = createProject(editor, department.longValue(), unique("付款核对"));
        exec(
                owner,
                "update project_fund set planned = 358.392, arrived = 358.392, spent = 107.5176 where project_id = ?",
                project);
        long id = selfEvaluation(owner, YUEYANG, department.longValue(), project, year)
                .evaluationId();
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
        drafted.add(id.longValue());
        return id.longValue();
    }

    int version(String token, long reportId) {
        Number v = as(token).get("/api/reports/" + reportId).then().extract().path("version");
        return v.intValue();
    }

    void save(long reportId, String section, String text) {
        as(editor)
                .body(Map.of("narrative", text, "version", version(editor, reportId)))
                .put("/api/reports/" + reportId + "/sections/" + section)
                .then()
                .statusCode(200);
    }

    void publish(long reportId) {
        var body = new HashMap<String, Object>();
        body.put("catalog", "自评报告");
        body.put("keywords", "绩效自评 数据说明");
        body.put("version", version(editor, reportId));
        as(editor)
                .body(body)
                .post("/api/reports/" + reportId + "/publish")
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"));
    }

    /** The public-site suite searches the same database afterwards: what a test published is withdrawn. */
    @AfterEach
    void withdrawWhatWasPublished() {
        for (long report : drafted) {
            if ("PUBLISHED"
                    .equals(as(editor)
                            .get("/api/reports/" + report)
                            .then()
                            .extract()
                            .path("status"))) {
                as(editor)
                        .body(Map.of("reason", "测试结束，撤下 (test over)", "version", version(editor, report)))
                        .post("/api/reports/" + report + "/withdraw")
                        .then()
                        .statusCode(200);
            }
        }
        drafted.clear();
    }

    /** The body as the publication contract holds it, the row public-site reads. */
    String publishedBody(long reportId) throws Exception {
        try (var c = owner.getConnection();
                var s = c.prepareStatement("select body, status from report where id = ?")) {
            s.setLong(1, reportId);
            try (ResultSet rows = s.executeQuery()) {
                assertTrue(rows.next());
                assertTrue("PUBLISHED".equals(rows.getString(2)));
                return rows.getString(1);
            }
        }
    }

    @Test
    void anExplainedContradictionIsPublishedWithTheFigureTheRecordAndTheExplanation() throws Exception {
        long evaluation = approvedEvaluation(2048);
        long report = draft(evaluation);
        save(report, "basic", "本项目全年预算数358.392万元。" + WRONG + "。");
        Number found = as(finance)
                .get("/api/findings?code=NARRATIVE_FIGURE_DIFFERS&evaluationId=" + evaluation)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .extract()
                .path("items[0].id");
        long finding = found.longValue();
        // while the finding is open, the preview has no explanation to show
        as(editor)
                .get("/api/reports/" + report + "/preview")
                .then()
                .statusCode(200)
                .body("body", not(containsString("数据说明")));

        Number v = as(finance).get("/api/findings/" + finding).then().extract().path("version");
        as(finance)
                .body(Map.of("explanation", EXPLANATION, "version", v))
                .post("/api/findings/" + finding + "/explain")
                .then()
                .statusCode(200)
                .body("state", equalTo("EXPLAINED"));
        publish(report);

        String body = publishedBody(report);
        assertTrue(body.contains(WRONG + "。〔数据说明1〕"), body);
        assertTrue(body.contains("\n## 数据说明\n"), body);
        assertTrue(body.contains("| 1 | 一、项目基本情况 | 「" + WRONG + "」预算执行率 100.00% | 30.00%（本报告自评表的预算执行率"), body);
        assertTrue(body.contains(EXPLANATION + "（"), body);

        // the portal shows the same: the API's preview, the print page (and so the PDF)
        as(editor)
                .get("/api/reports/" + report + "/preview")
                .then()
                .statusCode(200)
                .body("body", equalTo(body));
        as(editor)
                .get("/reports/" + report + "/print")
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("<h2>数据说明</h2>"),
                        containsString("〔数据说明1〕"),
                        containsString(EXPLANATION),
                        containsString("30.00%")));

        // another region reads neither the report nor its explanation
        String other = Tokens.accessToken("yijinhuoluo-finance");
        as(other).get("/api/reports/" + report + "/preview").then().statusCode(404);
        as(other).get("/reports/" + report + "/print").then().statusCode(404);
    }

    @Test
    void aReportWhoseFiguresAgreeShowsNoDataNotes() throws Exception {
        long evaluation = approvedEvaluation(2049);
        long report = draft(evaluation);
        save(report, "basic", "项目实际支出107.5176万元，预算执行率为30.00%。");
        publish(report);
        String body = publishedBody(report);
        assertFalse(body.contains("数据说明"), body);
        assertTrue(body.contains("预算执行率为30.00%。"), body);
    }
}

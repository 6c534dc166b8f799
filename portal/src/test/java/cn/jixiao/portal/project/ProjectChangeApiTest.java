package cn.jixiao.portal.project;

import static cn.jixiao.portal.project.ProjectFixtures.YUEYANG;
import static cn.jixiao.portal.project.ProjectFixtures.as;
import static cn.jixiao.portal.project.ProjectFixtures.createProject;
import static cn.jixiao.portal.project.ProjectFixtures.decimal;
import static cn.jixiao.portal.project.ProjectFixtures.departmentId;
import static cn.jixiao.portal.project.ProjectFixtures.strings;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectChangeApiTest {
    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    private long newProject(String editor) {
        return createProject(editor, departmentId(editor, "zwfwzx"), "变更审批测试");
    }

    private long requestTotalChange(String editor, long project, String newTotal) {
        Number id = as(editor)
                .body(Map.of("kind", "TOTAL", "description", "追加市级资金", "newTotal", newTotal))
                .post("/api/projects/" + project + "/changes")
                .then()
                .statusCode(201)
                .body("status", equalTo("REQUESTED"))
                .body("statusLabel", equalTo("待审批"))
                .body("oldTotal", decimal("100"))
                .body("newTotal", decimal(newTotal))
                .body("requestedBy", equalTo("yueyang-dept"))
                .extract()
                .path("id");
        return id.longValue();
    }

    @Test
    void editorRequestsATotalChangeAndTheFinanceReviewerApprovesItNamingTheApprovingBody() throws Exception {
        String editor = Tokens.accessToken("yueyang-dept");
        String finance = Tokens.accessToken("yueyang-finance");
        long project = newProject(editor);
        long change = requestTotalChange(editor, project, "120");
        as(editor)
                .get("/api/projects/" + project + "/standing")
                .then()
                .statusCode(200)
                .body("pendingChanges", equalTo(1))
                .body("plannedMatchesApproved", nullValue());

        as(finance)
                .body(Map.of("version", 0, "approvalBody", "市人大常委会", "note", "同意追加"))
                .post("/api/projects/" + project + "/changes/" + change + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("approvalBody", equalTo("市人大常委会"))
                .body("decidedBy", equalTo("yueyang-finance"))
                .body("decidedAt", notNullValue())
                .body("decisionNote", equalTo("同意追加"));

        // approval records the decision; the funds still add up to the old total until the department edits them
        as(editor)
                .get("/api/projects/" + project + "/standing")
                .then()
                .statusCode(200)
                .body("pendingChanges", equalTo(0))
                .body("plannedTotal", decimal("100"))
                .body("lastApprovedTotal", decimal("120"))
                .body("plannedMatchesApproved", equalTo(false));
        as(editor)
                .get("/api/projects/" + project + "/changes")
                .then()
                .statusCode(200)
                .body("[0].status", equalTo("APPROVED"));
        assertEquals(
                List.of("CREATE|yueyang-dept", "APPROVE|yueyang-finance"),
                strings(
                        owner,
                        "select action || '|' || actor from audit_log where tenant_id = ? and entity = 'ProjectChange'"
                                + " and entity_id = ? order by id",
                        YUEYANG,
                        change));
    }

    @Test
    void editorCannotApproveAChangeAndItStaysRequested() {
        String editor = Tokens.accessToken("yueyang-dept");
        long project = newProject(editor);
        long change = requestTotalChange(editor, project, "90");

        as(editor)
                .body(Map.of("version", 0, "approvalBody", "财政局"))
                .post("/api/projects/" + project + "/changes/" + change + "/approve")
                .then()
                .statusCode(403)
                .body("message", containsString("只有财政审核人可以审批"));
        as(editor)
                .body(Map.of("version", 0))
                .post("/api/projects/" + project + "/changes/" + change + "/reject")
                .then()
                .statusCode(403);
        as(editor)
                .get("/api/projects/" + project + "/changes")
                .then()
                .statusCode(200)
                .body("[0].status", equalTo("REQUESTED"))
                .body("[0].decidedBy", nullValue());
    }

    @Test
    void financeReviewerCannotRequestAChangeForADepartment() {
        String editor = Tokens.accessToken("yueyang-dept");
        long project = newProject(editor);
        as(Tokens.accessToken("yueyang-finance"))
                .body(Map.of("kind", "CONTENT", "description", "x"))
                .post("/api/projects/" + project + "/changes")
                .then()
                .statusCode(403);
    }

    @Test
    void rejectionIsRecordedAndADecidedChangeCannotBeDecidedAgain() {
        String editor = Tokens.accessToken("yueyang-dept");
        String finance = Tokens.accessToken("yueyang-finance");
        long project = newProject(editor);
        Number change = as(editor)
                .body(Map.of("kind", "CONTENT", "description", "增加两处服务点"))
                .post("/api/projects/" + project + "/changes")
                .then()
                .statusCode(201)
                .body("oldTotal", nullValue())
                .extract()
                .path("id");

        as(finance)
                .body(Map.of("version", 0, "note", "缺少论证材料"))
                .post("/api/projects/" + project + "/changes/" + change + "/reject")
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("decisionNote", equalTo("缺少论证材料"));
        as(finance)
                .body(Map.of("version", 1, "approvalBody", "财政局"))
                .post("/api/projects/" + project + "/changes/" + change + "/approve")
                .then()
                .statusCode(409)
                .body("message", containsString("已审批"));
        as(editor).get("/api/projects/" + project + "/changes").then().body("[0].status", equalTo("REJECTED"));
    }

    @Test
    void approvalNeedsTheApprovingBodyAndTheVersionReadAndATotalChangeNeedsItsNewTotal() {
        String editor = Tokens.accessToken("yueyang-dept");
        String finance = Tokens.accessToken("yueyang-finance");
        long project = newProject(editor);
        long change = requestTotalChange(editor, project, "150");

        as(finance)
                .body(Map.of("version", 0))
                .post("/api/projects/" + project + "/changes/" + change + "/approve")
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("approvalBody"));
        as(finance)
                .body(Map.of("version", 3, "approvalBody", "人大"))
                .post("/api/projects/" + project + "/changes/" + change + "/approve")
                .then()
                .statusCode(409);
        as(finance)
                .body(Map.of("approvalBody", "人大"))
                .post("/api/projects/" + project + "/changes/" + change + "/approve")
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("version"));
        as(editor).get("/api/projects/" + project + "/changes").then().body("[0].status", equalTo("REQUESTED"));

        as(editor)
                .body(Map.of("kind", "TOTAL", "description", "没有新总额"))
                .post("/api/projects/" + project + "/changes")
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("newTotal"));
        as(editor)
                .body(Map.of("description", "没有类型"))
                .post("/api/projects/" + project + "/changes")
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("kind"));
    }

    @Test
    void seed000sUnapprovedPoliceBureauChangeIsPending() {
        String finance = Tokens.accessToken("yijinhuoluo-finance");
        Number project = as(finance)
                .get("/api/projects?year=2022")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.name == '伊金霍洛旗政务自助便民服务点建设项目' }.id");
        as(finance)
                .get("/api/projects/" + project + "/standing")
                .then()
                .statusCode(200)
                .body("pendingChanges", equalTo(1));
        as(finance)
                .get("/api/projects/" + project + "/funds")
                .then()
                .statusCode(200)
                .body("fundsArrivalRate", nullValue())
                .body("budgetExecutionRate", nullValue());
    }
}

package cn.jixiao.portal.project;

import static cn.jixiao.portal.project.ProjectFixtures.YUEYANG;
import static cn.jixiao.portal.project.ProjectFixtures.as;
import static cn.jixiao.portal.project.ProjectFixtures.count;
import static cn.jixiao.portal.project.ProjectFixtures.createProject;
import static cn.jixiao.portal.project.ProjectFixtures.demoProjectId;
import static cn.jixiao.portal.project.ProjectFixtures.departmentId;
import static cn.jixiao.portal.project.ProjectFixtures.projectBody;
import static cn.jixiao.portal.project.ProjectFixtures.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
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
class EvaluatorAssignmentTest {
    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    @Test
    void evaluatorReadsOnlyTheProjectAFinanceReviewerAssignedAndCannotEditIt() throws Exception {
        String evaluatorName = KeycloakUsers.create(unique("yueyang-evaluator").toLowerCase(), "evaluator", "yueyang");
        try {
            evaluatorReadsOnlyTheAssignedProject(evaluatorName);
        } finally {
            KeycloakUsers.delete(evaluatorName);
        }
    }

    private void evaluatorReadsOnlyTheAssignedProject(String evaluatorName) throws Exception {
        String evaluator = Tokens.accessToken(evaluatorName);
        String editor = Tokens.accessToken("yueyang-dept");
        String finance = Tokens.accessToken("yueyang-finance");
        long department = departmentId(editor, "zwfwzx");
        long assigned = createProject(editor, department, "第三方评价项目");
        long demo = demoProjectId(editor);
        as(editor)
                .body(Map.of(
                        "departmentId",
                        department,
                        "projectId",
                        assigned,
                        "title",
                        "评价项目合同",
                        "vendor",
                        "某软件公司",
                        "amount",
                        10,
                        "signedOn",
                        "2024-04-01",
                        "procurementMethod",
                        "INQUIRY"))
                .post("/api/contracts")
                .then()
                .statusCode(201);

        // before the assignment the evaluator sees nothing
        as(evaluator).get("/api/projects/" + assigned).then().statusCode(403);
        as(evaluator).get("/api/projects").then().statusCode(200).body("total", equalTo(0));

        // only a finance reviewer assigns
        as(editor)
                .body(Map.of("username", evaluatorName))
                .post("/api/projects/" + assigned + "/assignments")
                .then()
                .statusCode(403);
        as(finance)
                .body(Map.of("username", evaluatorName))
                .post("/api/projects/" + assigned + "/assignments")
                .then()
                .statusCode(201)
                .body("username", equalTo(evaluatorName));
        as(finance)
                .body(Map.of("username", evaluatorName))
                .post("/api/projects/" + assigned + "/assignments")
                .then()
                .statusCode(409);
        as(finance)
                .get("/api/projects/" + assigned + "/assignments")
                .then()
                .statusCode(200)
                .body("username", equalTo(List.of(evaluatorName)));
        assertEquals(
                1,
                count(
                        owner,
                        "select count(*) from audit_log where tenant_id = ? and entity = 'ProjectAssignment'"
                                + " and after->>'username' = ?",
                        YUEYANG,
                        evaluatorName));

        // the assigned project, its funds, entries, changes and contracts: readable
        as(evaluator).get("/api/projects/" + assigned).then().statusCode(200).body("name", equalTo("第三方评价项目"));
        as(evaluator).get("/api/projects/" + assigned + "/funds").then().statusCode(200);
        as(evaluator).get("/api/projects/" + assigned + "/expenditures").then().statusCode(200);
        as(evaluator).get("/api/projects/" + assigned + "/changes").then().statusCode(200);
        as(evaluator)
                .get("/api/projects")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo((int) assigned));
        as(evaluator)
                .get("/api/contracts")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].title", equalTo("评价项目合同"));
        as(evaluator).get("/projects/" + assigned).then().statusCode(200);

        // any other project: refused
        as(evaluator).get("/api/projects/" + demo).then().statusCode(403);
        as(evaluator).get("/api/projects/" + demo + "/funds").then().statusCode(403);
        as(evaluator).get("/projects/" + demo).then().statusCode(403);

        // and nothing can be changed
        var edit = projectBody(department, "评价人修改", unique("E"));
        edit.put("version", 0);
        as(evaluator).body(edit).put("/api/projects/" + assigned).then().statusCode(403);
        as(evaluator)
                .body(Map.of("content", "x", "amount", 1, "spentOn", "2024-05-01"))
                .post("/api/projects/" + assigned + "/expenditures")
                .then()
                .statusCode(403);
        as(evaluator)
                .body(Map.of("kind", "CONTENT", "description", "x"))
                .post("/api/projects/" + assigned + "/changes")
                .then()
                .statusCode(403);
        as(evaluator)
                .body(projectBody(department, "评价人新建", unique("E")))
                .post("/api/projects")
                .then()
                .statusCode(403);
        as(evaluator).get("/api/projects/" + assigned).then().body("name", equalTo("第三方评价项目"));
    }
}

package cn.jixiao.portal.target;

import static cn.jixiao.portal.project.ProjectFixtures.as;
import static cn.jixiao.portal.project.ProjectFixtures.createProject;
import static cn.jixiao.portal.project.ProjectFixtures.departmentId;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.jixiao.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An evaluator reads the target tables of the projects assigned to them, and changes none. */
@QuarkusTest
class TargetEvaluatorTest {
    private static final String REGION = "X-Jixiao-Region";

    @Test
    void anEvaluatorReadsTheTargetsOfAnAssignedProjectOnly() {
        String editor = Tokens.accessToken("yueyang-dept");
        String finance = Tokens.accessToken("yueyang-finance");
        String evaluator = Tokens.accessToken("evaluator-wang");
        long department = departmentId(editor, "zwfwzx");
        long project = createProject(editor, department, "目标表评价人测试");
        Number id = as(editor)
                .body(TargetApiTest.table(department, project, 2024))
                .post("/api/targets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(evaluator).header(REGION, "430600").get("/api/targets/" + id).then().statusCode(403);

        as(finance)
                .body(Map.of("username", "evaluator-wang"))
                .post("/api/projects/" + project + "/assignments")
                .then()
                .statusCode(201);
        as(evaluator)
                .header(REGION, "430600")
                .get("/api/targets/" + id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id.intValue()))
                .body("actions.canEdit", equalTo(false));
        as(evaluator)
                .header(REGION, "430600")
                .get("/api/targets?year=2024&size=200")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id.intValue()));
        var edit = TargetApiTest.table(department, project, 2024);
        edit.put("version", 0);
        as(evaluator)
                .header(REGION, "430600")
                .body(edit)
                .put("/api/targets/" + id)
                .then()
                .statusCode(403);
        // in 保山市 the same person sees nothing of 岳阳市
        as(evaluator).header(REGION, "530500").get("/api/targets/" + id).then().statusCode(404);
        as(evaluator)
                .header(REGION, "530500")
                .get("/api/targets?size=200")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id.intValue())));
    }
}

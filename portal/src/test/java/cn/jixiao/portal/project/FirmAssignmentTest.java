package cn.jixiao.portal.project;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An evaluation firm (北疆绩效评价咨询有限公司, an organization of its own) assigned to a project by the
 * region's finance reviewer: its evaluator evaluator-wang, who works in 保山市 and 岳阳市, then reads
 * the project in 保山市 only.
 */
@QuarkusTest
class FirmAssignmentTest {
    private static final String FIRM = "beijiang-pingjia";
    private static final String REGION = "X-Jixiao-Region";

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    @AfterEach
    void unassign() throws SQLException {
        try (Connection c = owner.getConnection()) {
            c.createStatement().executeUpdate("delete from project_firm_assignment");
        }
    }

    private static int aProject() {
        String editor = Tokens.accessToken("baoshan-dept");
        return (int) ProjectFixtures.createProject(
                editor, ProjectFixtures.departmentId(editor, "zwfwglj"), ProjectFixtures.unique("评价机构测试项目"));
    }

    private static io.restassured.response.Response assign(String user, int project, String firm) {
        return given().auth()
                .oauth2(Tokens.accessToken(user))
                .contentType(ContentType.JSON)
                .body(Map.of("firm", firm))
                .post("/api/projects/" + project + "/firms");
    }

    @Test
    void theFirmsEvaluatorReadsTheProjectOnceTheFirmIsAssigned() {
        int project = aProject();
        String evaluator = Tokens.accessToken("evaluator-wang");
        given().auth()
                .oauth2(evaluator)
                .header(REGION, "530500")
                .get("/api/projects/" + project)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.accessToken("baoshan-finance"))
                .get("/api/evaluation-firms")
                .then()
                .statusCode(200)
                .body("alias", hasItem(FIRM));
        assign("baoshan-finance", project, FIRM).then().statusCode(201).body("name", equalTo("北疆绩效评价咨询有限公司"));
        assign("baoshan-finance", project, FIRM).then().statusCode(409);
        given().auth()
                .oauth2(evaluator)
                .header(REGION, "530500")
                .get("/api/projects/" + project)
                .then()
                .statusCode(200)
                .body("id", equalTo(project));
        given().auth()
                .oauth2(evaluator)
                .header(REGION, "530500")
                .get("/api/projects?size=200")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(project));
        // in 岳阳市 the same person sees nothing of 保山市
        given().auth()
                .oauth2(evaluator)
                .header(REGION, "430600")
                .get("/api/projects?size=200")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(project)));
        given().auth()
                .oauth2(evaluator)
                .header(REGION, "430600")
                .get("/api/projects/" + project)
                .then()
                .statusCode(404);
    }

    @Test
    void onlyTheRegionsFinanceReviewerAssignsAKnownFirm() {
        int project = aProject();
        assign("baoshan-dept", project, FIRM).then().statusCode(403);
        assign("baoshan-finance", project, "no-such-firm")
                .then()
                .statusCode(400)
                .body("fields.field", hasItem("firm"));
        assign("yueyang-finance", project, FIRM).then().statusCode(404);
        assign("baoshan-finance", project, "baoshan").then().statusCode(400);
    }
}

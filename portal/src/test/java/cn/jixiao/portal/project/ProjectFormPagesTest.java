package cn.jixiao.portal.project;

import static cn.jixiao.portal.project.ProjectFixtures.createProject;
import static cn.jixiao.portal.project.ProjectFixtures.departmentId;
import static cn.jixiao.portal.project.ProjectFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import cn.jixiao.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The project form's page (HTML, bearer token instead of a session): what it offers and where it sends
 * it. ProjectFormsBrowserTest fills it in a browser.
 */
@QuarkusTest
class ProjectFormPagesTest {

    @Test
    void newProjectFormOffersEveryFundingLevelAndPostsToTheApi() {
        String token = Tokens.accessToken("yueyang-dept");
        given().auth().oauth2(token).get("/projects").then().statusCode(200).body(containsString("id=\"new-project\""));
        given().auth()
                .oauth2(token)
                .get("/projects/new")
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("id=\"project-form\""),
                        containsString("data-json-action=\"/api/projects\""),
                        containsString("data-method=\"POST\""),
                        containsString("中央财政"),
                        containsString("data-field=\"planned\"")));
    }

    @Test
    void editFormStartsFromTheStoredProjectAndCarriesItsVersion() {
        String token = Tokens.accessToken("yueyang-dept");
        long id = createProject(token, departmentId(token, "zwfwzx"), unique("表单修改"));
        given().auth()
                .oauth2(token)
                .get("/projects/" + id + "/edit")
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("data-json-action=\"/api/projects/" + id + "\""),
                        containsString("data-method=\"PUT\""),
                        containsString("name=\"version\" value=\"0\""),
                        containsString("value=\"测试负责人\"")));
    }

    @Test
    void othersAreRefusedTheNewAndEditPages() {
        String editor = Tokens.accessToken("yueyang-dept");
        long id = createProject(editor, departmentId(editor, "zwfwzx"), unique("表单权限"));
        String finance = Tokens.accessToken("yueyang-finance");
        given().auth().oauth2(finance).get("/projects/new").then().statusCode(403);
        given().auth().oauth2(finance).get("/projects/" + id + "/edit").then().statusCode(403);
        given().auth()
                .oauth2(finance)
                .get("/projects")
                .then()
                .statusCode(200)
                .body(not(containsString("id=\"new-project\"")));
    }
}

package cn.jixiao.portal.project;

import static cn.jixiao.portal.project.ProjectFixtures.createProject;
import static cn.jixiao.portal.project.ProjectFixtures.departmentId;
import static cn.jixiao.portal.project.ProjectFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The project new/edit form and the evaluator assignment form (HTML, bearer token instead of a session). */
@QuarkusTest
class ProjectFormPagesTest {
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    static Map<String, String> form(String name) {
        var form = new HashMap<String, String>();
        form.put("name", name);
        form.put("budgetCode", unique("F"));
        form.put("year", "2024");
        form.put("ownerName", "表单负责人");
        form.put("startsOn", "2024-03-01");
        form.put("endsOn", "2024-12-31");
        form.put("goals", "表单测试目标");
        form.put("planned_MUNICIPAL", "100");
        form.put("arrived_MUNICIPAL", "80");
        form.put("spent_MUNICIPAL", "20.5");
        return form;
    }

    @Test
    void editorCreatesAProjectThroughTheFormAndItAppearsInTheListAndApi() {
        String token = Tokens.accessToken("yueyang-dept");
        given().auth().oauth2(token).get("/projects").then().statusCode(200).body(containsString("id=\"new-project\""));
        given().auth()
                .oauth2(token)
                .get("/projects/new")
                .then()
                .statusCode(200)
                .body(allOf(containsString("id=\"project-form\""), containsString("中央财政")));
        String name = unique("表单新建项目");
        String location = given().auth()
                .oauth2(token)
                .redirects()
                .follow(false)
                .contentType(FORM)
                .formParams(form(name))
                .post("/projects")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        given().auth()
                .oauth2(token)
                .get("/projects?year=2024&sort=name&size=200")
                .then()
                .statusCode(200);
        ProjectFixtures.as(token)
                .get("/api/projects/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo(name))
                .body("funds[0].level", equalTo("MUNICIPAL"))
                .body("funds[0].spent", ProjectFixtures.decimal("20.5"));
        given().auth()
                .oauth2(token)
                .get("/projects/" + id)
                .then()
                .statusCode(200)
                .body(allOf(containsString(name), containsString("id=\"edit-project\"")));
    }

    @Test
    void aBadFormShowsFieldMessagesKeepsTheTextAndSavesNothing() {
        String token = Tokens.accessToken("yueyang-dept");
        var form = form("");
        String code = form.get("budgetCode");
        form.put("planned_MUNICIPAL", "一百");
        form.put("endsOn", "2024-01-01");
        given().auth()
                .oauth2(token)
                .contentType(FORM)
                .formParams(form)
                .post("/projects")
                .then()
                .statusCode(400)
                .body(allOf(
                        containsString("id=\"error-name\""),
                        containsString("请填写项目名称"),
                        containsString("id=\"error-planned_MUNICIPAL\""),
                        containsString("请输入数字"),
                        containsString("value=\"一百\""),
                        containsString("id=\"error-endsOn\""),
                        containsString("结束日期不能早于开始日期")));
        given().auth()
                .oauth2(token)
                .get("/api/projects?year=2024&size=200")
                .then()
                .statusCode(200)
                .body("items.budgetCode", not(hasItem(code)));
    }

    @Test
    void editingWithAStaleVersionShowsTheConflictAndChangesNothing() {
        String token = Tokens.accessToken("yueyang-dept");
        long id = createProject(token, departmentId(token, "zwfwzx"), unique("表单修改"));
        given().auth()
                .oauth2(token)
                .get("/projects/" + id + "/edit")
                .then()
                .statusCode(200)
                .body(allOf(containsString("name=\"version\" value=\"0\""), containsString("value=\"测试负责人\"")));
        var form = form(unique("改名后"));
        form.put("version", "0");
        given().auth()
                .oauth2(token)
                .redirects()
                .follow(false)
                .contentType(FORM)
                .formParams(form)
                .post("/projects/" + id + "/edit")
                .then()
                .statusCode(303);
        String stored = given().auth()
                .oauth2(token)
                .get("/api/projects/" + id)
                .then()
                .extract()
                .asString();
        form.put("name", "过期的修改");
        given().auth()
                .oauth2(token)
                .contentType(FORM)
                .formParams(form)
                .post("/projects/" + id + "/edit")
                .then()
                .statusCode(409)
                .body(allOf(containsString("数据已被他人修改，请刷新后重试"), containsString("value=\"过期的修改\"")));
        assertEquals(
                stored,
                given().auth()
                        .oauth2(token)
                        .get("/api/projects/" + id)
                        .then()
                        .extract()
                        .asString());
    }

    @Test
    void othersAreRefusedTheNewAndEditRoutes() {
        String editor = Tokens.accessToken("yueyang-dept");
        long id = createProject(editor, departmentId(editor, "zwfwzx"), unique("表单权限"));
        String finance = Tokens.accessToken("yueyang-finance");
        given().auth().oauth2(finance).get("/projects/new").then().statusCode(403);
        given().auth()
                .oauth2(finance)
                .contentType(FORM)
                .formParams(form("不该保存"))
                .post("/projects")
                .then()
                .statusCode(403);
        given().auth().oauth2(finance).get("/projects/" + id + "/edit").then().statusCode(403);
        given().auth()
                .oauth2(finance)
                .get("/projects")
                .then()
                .statusCode(200)
                .body(not(containsString("id=\"new-project\"")));
    }

    @Test
    void financeReviewerAssignsAnEvaluatorThroughTheForm() {
        String editor = Tokens.accessToken("yueyang-dept");
        long id = createProject(editor, departmentId(editor, "zwfwzx"), unique("表单指派"));
        String finance = Tokens.accessToken("yueyang-finance");
        given().auth()
                .oauth2(finance)
                .get("/projects/" + id)
                .then()
                .statusCode(200)
                .body(containsString("id=\"assignment-form\""));
        String username = unique("eval").toLowerCase();
        given().auth()
                .oauth2(finance)
                .redirects()
                .follow(false)
                .contentType(FORM)
                .formParam("username", username)
                .post("/projects/" + id + "/assignments")
                .then()
                .statusCode(303);
        given().auth()
                .oauth2(finance)
                .get("/projects/" + id)
                .then()
                .statusCode(200)
                .body(containsString("<code>" + username + "</code>"));
        given().auth()
                .oauth2(editor)
                .redirects()
                .follow(false)
                .contentType(FORM)
                .formParam("username", "x")
                .post("/projects/" + id + "/assignments")
                .then()
                .statusCode(403);
    }
}

package cn.jixiao.portal.profile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import cn.jixiao.portal.BookFixtures;
import cn.jixiao.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The profile page and its form (HTML, with a bearer token instead of the browser's session). */
@QuarkusTest
class ProfilePagesTest {
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    @Test
    void profilePageOpensOnTheNewestYearWithAProfile() {
        long id = BookFixtures.departmentId("150627", "zwfwj");
        given().auth()
                .oauth2(Tokens.accessToken("yijinhuoluo-finance"))
                .get("/departments/" + id + "/profile")
                .then()
                .statusCode(200)
                .body(containsString("2021 年部门概况"))
                .body(containsString("24 人（行政 16，事业 8）"))
                .body(containsString("改革推进股"))
                .body(not(containsString("id=\"profile-form\"")));
    }

    @Test
    void editorSavesTheFormAndABadCountIsShownAgainWithAMessage() {
        long id = BookFixtures.departmentId("430600", "zwfwzx");
        String token = Tokens.accessToken("yueyang-dept");
        String version = ProfileApiTest.ensureProfile(token, id, 2038) + "";
        Map<String, String> form = new HashMap<>();
        form.put("version", version);
        form.put("functions", "负责“一窗受理”等政务服务");
        form.put("staffQuotaAdministrative", "12");
        form.put("staffQuotaInstitutional", "8");
        form.put("staffActualAdministrative", "十一");
        form.put("staffActualInstitutional", "-1");
        form.put("vehicleQuota", "1");
        form.put("vehiclesActual", "1");
        given().auth()
                .oauth2(token)
                .contentType(FORM)
                .formParams(form)
                .post("/departments/" + id + "/profile?year=2038")
                .then()
                .statusCode(400)
                .body(containsString("id=\"error-staffActualAdministrative\""))
                .body(containsString("请输入整数"))
                .body(containsString("不能为负数"));

        form.put("staffActualAdministrative", "11");
        form.put("staffActualInstitutional", "7");
        given().auth()
                .oauth2(token)
                .redirects()
                .follow(false)
                .contentType(FORM)
                .formParams(form)
                .post("/departments/" + id + "/profile?year=2038")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/departments/" + id + "/profile?year=2038"));
        given().auth()
                .oauth2(token)
                .get("/departments/" + id + "/profile?year=2038")
                .then()
                .statusCode(200)
                .body(containsString("负责“一窗受理”等政务服务"))
                .body(containsString("id=\"profile-form\""));
    }
}

package cn.jixiao.portal.profile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import cn.jixiao.portal.BookFixtures;
import cn.jixiao.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The profile page (HTML, with a bearer token instead of the browser's session); its form is tried in BookFormsBrowserTest. */
@QuarkusTest
class ProfilePagesTest {
    @Test
    void profilePageOpensOnTheCurrentFiscalYearAndOffersTheYearsThatHaveAProfile() {
        long id = BookFixtures.departmentId("150627", "zwfwj");
        String token = Tokens.accessToken("yijinhuoluo-finance");
        int current = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        given().auth()
                .oauth2(token)
                .get("/departments/" + id + "/profile")
                .then()
                .statusCode(200)
                .body(containsString(current + " 年部门概况"))
                .body(containsString("id=\"no-profile\""))
                .body(containsString("href=\"?year=2021\""));
        given().auth()
                .oauth2(token)
                .get("/departments/" + id + "/profile?year=2021")
                .then()
                .statusCode(200)
                .body(containsString("2021 年部门概况"))
                .body(containsString("24 人（行政 16，事业 8）"))
                .body(containsString("改革推进股"))
                .body(not(containsString("id=\"profile-form\"")));
    }

    @Test
    void editorsProfileFormSendsTheProfileToTheApi() {
        long id = BookFixtures.departmentId("430600", "zwfwzx");
        String token = Tokens.accessToken("yueyang-dept");
        int version = ProfileApiTest.ensureProfile(token, id, 2038);
        given().auth()
                .oauth2(token)
                .get("/departments/" + id + "/profile?year=2038")
                .then()
                .statusCode(200)
                .body(containsString("data-json-action=\"/api/departments/" + id + "/profile?year=2038\""))
                .body(containsString("name=\"version\" value=\"" + version + "\""))
                .body(containsString("name=\"staffActualAdministrative\""));
    }
}

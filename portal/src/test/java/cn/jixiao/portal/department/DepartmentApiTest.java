package cn.jixiao.portal.department;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DepartmentApiTest {

    @Test
    void listsTheDepartmentsTheSeedsNameForTheRegion() {
        given().auth()
                .oauth2(Tokens.accessToken("yijinhuoluo-finance"))
                .get("/api/departments?size=200")
                .then()
                .statusCode(200)
                .body("total", greaterThanOrEqualTo(10))
                .body("items.name", hasItem("伊金霍洛旗政务服务局"))
                .body("items.name", hasItem("伊金霍洛旗公安局"))
                .body("items.name", hasItem("伊金霍洛旗大数据中心"));
    }

    @Test
    void pagesAndSortsByCode() {
        String token = Tokens.accessToken("yijinhuoluo-finance");
        List<String> firstPage = given().auth()
                .oauth2(token)
                .get("/api/departments?size=3&sort=code")
                .then()
                .statusCode(200)
                .body("items", hasSize(3))
                .body("size", equalTo(3))
                .extract()
                .path("items.code");
        List<String> secondPage = given().auth()
                .oauth2(token)
                .get("/api/departments?size=3&page=1&sort=code")
                .then()
                .statusCode(200)
                .extract()
                .path("items.code");
        assertEquals(firstPage.stream().sorted().toList(), firstPage, "a page is sorted by code");
        assertEquals(-1, firstPage.get(2).compareTo(secondPage.get(0)) < 0 ? -1 : 1, "pages continue in order");
    }

    @Test
    void oneDepartmentByIdWithItsName() {
        String token = Tokens.accessToken("yueyang-dept");
        int id = given().auth()
                .oauth2(token)
                .get("/api/departments?sort=code")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.code == 'zwfwzx' }.id");
        given().auth()
                .oauth2(token)
                .get("/api/departments/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("岳阳市政务服务中心"))
                .body("code", equalTo("zwfwzx"));
    }

    @Test
    void unknownDepartmentIsA404WithAMessage() {
        given().auth()
                .oauth2(Tokens.accessToken("yueyang-dept"))
                .get("/api/departments/987654321")
                .then()
                .statusCode(404)
                .body("message", containsString("部门不存在"));
    }

    @Test
    void pageSizeOutOfRangeIsA400WithAMessage() {
        given().auth()
                .oauth2(Tokens.accessToken("yueyang-dept"))
                .get("/api/departments?size=0")
                .then()
                .statusCode(400)
                .body("fields.message", everyItem(containsString("size")));
    }
}

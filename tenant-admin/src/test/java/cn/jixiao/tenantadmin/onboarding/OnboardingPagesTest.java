package cn.jixiao.tenantadmin.onboarding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import cn.jixiao.tenantadmin.TestRegion;
import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OnboardingPagesTest {
    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    @Test
    void formListsTheStepsItWillRun() {
        asPlatformAdmin()
                .get("/onboarding")
                .then()
                .statusCode(200)
                .body(containsString("创建 Keycloak 组织"))
                .body(containsString("name=\"adminUsername\""));
    }

    @Test
    void invalidFormIsShownAgainWithTheFieldMessageAndTheTypedValues() {
        var region = TestRegion.fresh(owner);
        fill(region, "slug", "Bad_Slug")
                .post("/onboarding")
                .then()
                .statusCode(400)
                .body(containsString("id=\"slug-error\""))
                .body(containsString("地区标识须以小写字母开头"))
                .body(containsString("value=\"" + region.name() + "\""));
    }

    @Test
    void submittedFormShowsEachStepAndTheGeneratedPasswordOnce() {
        var region = TestRegion.fresh(owner);
        fill(region)
                .post("/onboarding")
                .then()
                .statusCode(200)
                .body(containsString("地区已开通"))
                .body(containsString("id=\"admin-password\""));
        fill(region)
                .post("/onboarding")
                .then()
                .statusCode(200)
                .body(containsString("该地区此前已开通"))
                .body(org.hamcrest.Matchers.not(containsString("id=\"admin-password\"")));
    }

    @Test
    void conflictingFormIsShownAgainWithTheReason() {
        var region = TestRegion.fresh(owner);
        fill(region, "adminUsername", "yueyang-admin")
                .post("/onboarding")
                .then()
                .statusCode(409)
                .body(containsString("id=\"form-message\""))
                .body(containsString("yueyang"));
    }

    private static RequestSpecification asPlatformAdmin() {
        return given().auth().oauth2(Tokens.accessToken("platform-admin"));
    }

    private static RequestSpecification fill(TestRegion region, String... overrides) {
        var fields = region.request();
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        return asPlatformAdmin()
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(fields);
    }
}

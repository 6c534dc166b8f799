package cn.jixiao.tenantadmin.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import cn.jixiao.tenantadmin.TestRegion;
import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A region's public-site identity: checked, versioned, audited, and one region's only. */
@QuarkusTest
class IdentityTest {
    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    @Test
    void wrongRecordNumbersAreRefusedByFieldAndGoodOnesSavedWithVersions() {
        var region = TestRegion.fresh(owner);
        given().auth()
                .oauth2(platformAdmin())
                .contentType(ContentType.JSON)
                .body(region.request())
                .post("/api/tenants")
                .then()
                .statusCode(201);
        String code = region.code();
        given().auth()
                .oauth2(platformAdmin())
                .get("/api/tenants/" + code + "/identity")
                .then()
                .statusCode(200)
                .body("version", equalTo(0))
                .body("sponsor", nullValue());

        var bad = good(0);
        bad.put("siteCode", "15062700");
        bad.put("icpRecord", "ICP备12345678号");
        bad.put("policeRecord", "蒙公网安备1506号");
        bad.put("contactEmail", "not-an-email");
        save(code, bad)
                .statusCode(400)
                .body("fields.field", hasItems("siteCode", "icpRecord", "policeRecord", "contactEmail"))
                .body("fields.find { it.field == 'siteCode' }.message", containsString("10 位"));

        save(code, good(0))
                .statusCode(200)
                .body("version", equalTo(1))
                .body("siteCode", equalTo("150627000A"))
                .body("icpRecord", equalTo("蒙ICP备12345678号-1"));
        save(code, good(0)).statusCode(409);
        var changed = good(1);
        changed.put("sponsor", "  ");
        save(code, changed).statusCode(200).body("version", equalTo(2)).body("sponsor", nullValue());

        given().auth()
                .oauth2(platformAdmin())
                .get("/tenants/" + code)
                .then()
                .statusCode(200)
                .body(containsString("150627000A"));
        save("999997", good(0)).statusCode(404);
        // another region's identity is untouched
        given().auth()
                .oauth2(platformAdmin())
                .get("/api/tenants/530500/identity")
                .then()
                .body("siteCode", not(equalTo("150627000A")));
    }

    private static Map<String, Object> good(int version) {
        var body = new HashMap<String, Object>();
        body.put("sponsor", "测试县财政局");
        body.put("siteCode", "150627000A");
        body.put("icpRecord", "蒙ICP备12345678号-1");
        body.put("policeRecord", "蒙公网安备15062702000123号");
        body.put("contactPhone", "0477-8612345");
        body.put("contactEmail", "czj@example.gov.cn");
        body.put("contactAddress", "内蒙古自治区鄂尔多斯市");
        body.put("version", version);
        return body;
    }

    private ValidatableResponse save(String code, Map<String, Object> body) {
        return given().auth()
                .oauth2(platformAdmin())
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/tenants/" + code + "/identity")
                .then();
    }

    private static String platformAdmin() {
        return Tokens.tenantAdminAccessToken("platform-admin");
    }
}

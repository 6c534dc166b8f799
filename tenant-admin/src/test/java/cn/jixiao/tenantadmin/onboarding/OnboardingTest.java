package cn.jixiao.tenantadmin.onboarding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.tenantadmin.Jwt;
import cn.jixiao.tenantadmin.TestRegion;
import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;

@QuarkusTest
class OnboardingTest {
    private static final String PASSWORD = "Start-2026-secret";

    @Inject
    Keycloak keycloak;

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    @Test
    void onboardedAdministratorGetsATokenWithTheRegionAndTheTenantAdminRole() {
        var region = TestRegion.fresh(owner);
        String parentCode = TestRegion.freeCode(owner);
        var body = region.request();
        body.put("parentCode", parentCode);
        body.put("parentName", "测试市");
        body.put("adminPassword", PASSWORD);

        onboard(body)
                .statusCode(201)
                .header("Location", containsString("/api/tenants/" + region.code()))
                .body("created", equalTo(true))
                .body("tenant.code", equalTo(region.code()))
                .body("tenant.slug", equalTo(region.slug()))
                .body("tenant.status", equalTo("ACTIVE"))
                .body("tenant.parentName", equalTo("测试市"))
                .body("adminUsername", equalTo(region.adminUsername()))
                .body("adminPassword", nullValue())
                .body("steps.changed", everyItem(equalTo(true)));

        var claims = Jwt.claims(Tokens.accessToken(region.adminUsername(), PASSWORD));
        assertEquals(List.of(region.slug()), Jwt.strings(claims.get("organization")));
        assertTrue(Jwt.strings(claims.path("realm_access").get("roles")).contains("tenant-admin"));

        given().auth()
                .oauth2(platformAdmin())
                .get("/api/tenants")
                .then()
                .statusCode(200)
                .body("find { it.code == '" + region.code() + "' }.status", equalTo("ACTIVE"))
                .body("find { it.code == '" + region.code() + "' }.name", equalTo(region.name()));
    }

    @Test
    void aCountyOnboardedUnderAnOnboardedCityIsReadDownByIt() throws SQLException {
        var region = TestRegion.fresh(owner);
        var body = region.request();
        body.put("parentCode", "430600");
        onboard(body).statusCode(201);
        try (var c = owner.getConnection();
                var s = c.prepareStatement("select reader from tenant_read_grant where readable = ?")) {
            s.setString(1, region.code());
            try (var rs = s.executeQuery()) {
                assertTrue(rs.next(), "岳阳市 reads the new county down");
                assertEquals("430600", rs.getString(1));
                assertTrue(!rs.next(), "and nobody else does");
            }
        }
    }

    @Test
    void onboardingTwiceReturnsTheSameTenantWithoutDuplicatesInKeycloak() {
        var region = TestRegion.fresh(owner);

        String generated = onboard(region.request())
                .statusCode(201)
                .body("adminPassword", notNullValue())
                .extract()
                .path("adminPassword");
        onboard(region.request())
                .statusCode(200)
                .body("created", equalTo(false))
                .body("tenant.code", equalTo(region.code()))
                .body("tenant.status", equalTo("ACTIVE"))
                .body("$", not(hasKey("adminPassword")))
                .body("steps.changed", everyItem(equalTo(false)));

        List<OrganizationRepresentation> orgs = organizationsWithAlias(region.slug());
        assertEquals(1, orgs.size(), "one organization");
        assertEquals(
                1,
                realm().users().searchByUsername(region.adminUsername(), true).size(),
                "one user");
        assertEquals(
                1,
                realm().organizations()
                        .get(orgs.get(0).getId())
                        .members()
                        .getAll()
                        .size(),
                "one member");
        assertEquals(orgs.get(0).getId(), TestRegion.tenantColumn(owner, region.code(), "keycloak_org_id"));
        // the generated password was the real one
        Tokens.accessToken(region.adminUsername(), generated);
    }

    @Test
    void postingAgainFinishesAHalfMadeOnboarding() throws SQLException {
        var region = TestRegion.fresh(owner);
        // an earlier attempt wrote the rows and made the organization, then stopped
        try (var connection = owner.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("insert into region (code, name, level, parent_code) values ('" + region.code() + "', '"
                    + region.name() + "', 'COUNTY', '150600')");
            statement.execute("insert into tenant (code, slug, status) values ('" + region.code() + "', '"
                    + region.slug() + "', 'PROVISIONING')");
        }
        String orgId = createOrganization(region);

        onboard(region.request())
                .statusCode(201)
                .body("created", equalTo(true))
                .body("tenant.status", equalTo("ACTIVE"))
                .body("steps.find { it.step == 'REGION' }.changed", equalTo(false))
                .body("steps.find { it.step == 'ORGANIZATION' }.changed", equalTo(false))
                .body("steps.find { it.step == 'ADMIN_USER' }.changed", equalTo(true))
                .body("steps.find { it.step == 'ACTIVATION' }.changed", equalTo(true));

        assertEquals("ACTIVE", TestRegion.tenantColumn(owner, region.code(), "status"));
        assertEquals(orgId, TestRegion.tenantColumn(owner, region.code(), "keycloak_org_id"));
        assertEquals(1, organizationsWithAlias(region.slug()).size());
    }

    @Test
    void conflictingCodeSlugOrUsernameIsRefusedWith409() {
        var region = TestRegion.fresh(owner);
        onboard(region.request()).statusCode(201);

        var otherSlug = region.request();
        otherSlug.put("slug", region.slug() + "-x");
        onboard(otherSlug).statusCode(409).body("message", containsString(region.slug()));

        var otherCode = region.request();
        otherCode.put("code", TestRegion.freeCode(owner));
        onboard(otherCode).statusCode(409).body("message", containsString("地区标识"));

        var stranger = TestRegion.fresh(owner);
        var takenUsername = stranger.request();
        takenUsername.put("adminUsername", "baoshan-admin");
        onboard(takenUsername).statusCode(409).body("message", containsString("baoshan"));
        assertNull(TestRegion.tenantColumn(owner, stranger.code(), "status"), "a refused onboarding writes nothing");
    }

    @Test
    void badInputIsRefusedWith400AndAMessagePerField() {
        Map<String, Object> bad = Map.of(
                "code",
                "12ab",
                "name",
                "",
                "level",
                "TOWN",
                "slug",
                "Bad_Slug",
                "adminUsername",
                "x",
                "adminEmail",
                "not-an-email",
                "adminPassword",
                "short");

        onboard(bad)
                .statusCode(400)
                .body("message", containsString("输入有误"))
                .body(
                        "fields.field",
                        hasItems("code", "name", "level", "slug", "adminUsername", "adminEmail", "adminPassword"))
                .body("fields.find { it.field == 'code' }.message", containsString("6 位数字"));

        var region = TestRegion.fresh(owner);
        var unknownParent = region.request();
        unknownParent.put("parentCode", TestRegion.freeCode(owner));
        onboard(unknownParent).statusCode(400).body("fields.field", hasItem("parentName"));

        given().auth()
                .oauth2(platformAdmin())
                .contentType(ContentType.JSON)
                .body("{\"code\": ")
                .post("/api/tenants")
                .then()
                .statusCode(400);
    }

    @Test
    void usersWithoutThePlatformAdminRoleAreRefusedWith403() {
        String tenantAdmin = Tokens.tenantAdminAccessToken("baoshan-admin");
        given().auth()
                .oauth2(tenantAdmin)
                .get("/api/tenants")
                .then()
                .statusCode(403)
                .contentType(ContentType.JSON)
                .body("message", containsString("平台运维"));
        given().auth()
                .oauth2(tenantAdmin)
                .contentType(ContentType.JSON)
                .body(TestRegion.fresh(owner).request())
                .post("/api/tenants")
                .then()
                .statusCode(403);
    }

    private ValidatableResponse onboard(Map<String, Object> body) {
        return given().auth()
                .oauth2(platformAdmin())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/tenants")
                .then();
    }

    private static String platformAdmin() {
        return Tokens.tenantAdminAccessToken("platform-admin");
    }

    private RealmResource realm() {
        return keycloak.realm("jixiao");
    }

    private List<OrganizationRepresentation> organizationsWithAlias(String alias) {
        return realm().organizations().list(0, 10_000).stream()
                .filter(org -> alias.equals(org.getAlias()))
                .toList();
    }

    private String createOrganization(TestRegion region) {
        var org = new OrganizationRepresentation();
        org.setAlias(region.slug());
        org.setName(region.name());
        org.setEnabled(true);
        org.addDomain(new OrganizationDomainRepresentation(region.slug() + ".jixiao.local"));
        org.setAttributes(Map.of("divisionCode", List.of(region.code())));
        try (var response = realm().organizations().create(org)) {
            assertEquals(201, response.getStatus());
            String path = response.getLocation().getPath();
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }
}

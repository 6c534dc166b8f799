package cn.jixiao.tenantadmin.lifecycle;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.platform.storage.ObjectStorage;
import cn.jixiao.tenantadmin.TestRegion;
import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.minio.PutObjectArgs;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;

/** Suspend, resume, export and offboard a region, and what each leaves of the others. */
@QuarkusTest
class LifecycleTest {
    private static final String PASSWORD = "Start-2026-secret";

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    @Inject
    Keycloak keycloak;

    @Inject
    ObjectStorage storage;

    @Test
    void suspendingKeepsTheReportsAndResumingRestoresTheRegionBothAudited() throws SQLException {
        var region = onboarded();
        long report = insertPublishedReport(region.code());

        given().auth()
                .oauth2(platformAdmin())
                .post("/api/tenants/" + region.code() + "/suspend")
                .then()
                .statusCode(200)
                .body("changed", equalTo(true))
                .body("tenant.status", equalTo("SUSPENDED"));
        assertEquals("SUSPENDED", TestRegion.tenantColumn(owner, region.code(), "status"));
        assertEquals("PUBLISHED", scalar("select status from report where id = " + report));
        given().auth()
                .oauth2(platformAdmin())
                .post("/api/tenants/" + region.code() + "/suspend")
                .then()
                .statusCode(200)
                .body("changed", equalTo(false));

        given().auth()
                .oauth2(platformAdmin())
                .get("/api/tenants?status=suspended")
                .then()
                .statusCode(200)
                .body("code", hasItem(region.code()))
                .body("status", everyItem(equalTo("SUSPENDED")));
        given().auth()
                .oauth2(platformAdmin())
                .get("/api/tenants?status=ACTIVE")
                .then()
                .body("code", not(hasItem(region.code())));
        given().auth()
                .oauth2(platformAdmin())
                .get("/api/tenants?status=gone")
                .then()
                .statusCode(400)
                .body("fields.field", hasItem("status"));
        given().auth()
                .oauth2(platformAdmin())
                .get("/?status=SUSPENDED")
                .then()
                .statusCode(200)
                .body(containsString(region.name()));

        given().auth()
                .oauth2(platformAdmin())
                .post("/api/tenants/" + region.code() + "/resume")
                .then()
                .statusCode(200)
                .body("tenant.status", equalTo("ACTIVE"));
        assertEquals("ACTIVE", TestRegion.tenantColumn(owner, region.code(), "status"));
        assertEquals(
                "SUSPEND,RESUME",
                scalar("select string_agg(action, ',' order by id) from audit_log where tenant_id = '" + region.code()
                        + "' and entity = 'Tenant'"));
        given().auth()
                .oauth2(platformAdmin())
                .post("/api/tenants/999998/suspend")
                .then()
                .statusCode(404);
    }

    @Test
    void theExportHoldsTheRegionsRowsAndFilesOnlyAndOffboardingNeedsItAndTheTypedCode() throws Exception {
        var region = onboarded();
        insertDepartment(region.code(), "EXP-1", "导出测试局" + region.code());
        long report = insertPublishedReport(region.code());
        put(region.code() + "/devices/1/evidence-" + region.code(), "本地区的证明材料");
        put("530500/devices/1/not-ours-" + region.code(), "保山市的材料");
        // someone who also serves another region: kept when this region goes
        String sharedUser = userInBothOrganizations(region);

        String code = region.code();
        offboard(code, code).statusCode(409).body("message", containsString("停用"));
        given().auth()
                .oauth2(platformAdmin())
                .post("/api/tenants/" + code + "/suspend")
                .then()
                .statusCode(200);
        offboard(code, code).statusCode(409).body("message", containsString("导出"));

        byte[] zip = given().auth()
                .oauth2(platformAdmin())
                .get("/api/tenants/" + code + "/export")
                .then()
                .statusCode(200)
                .contentType("application/zip")
                .header("Content-Disposition", containsString("region-" + code))
                .extract()
                .asByteArray();
        Map<String, String> entries = unzip(zip);
        String departments = entries.get("sheets/department.csv");
        assertTrue(departments.contains("导出测试局" + code), "the region's department is exported");
        List<String> lines = departments.lines().toList();
        int tenantColumn =
                List.of(lines.get(0).replace("\uFEFF", "").split(",")).indexOf("tenant_id");
        assertTrue(tenantColumn >= 0);
        for (String line : lines.subList(1, lines.size())) {
            assertEquals(code, line.split(",")[tenantColumn], "only the region's rows: " + line);
        }
        assertFalse(departments.contains("伊金霍洛旗"), "no other region's department");
        assertTrue(entries.get("sheets/report.csv").contains("测试报告" + code));
        assertFalse(entries.get("sheets/report.csv").contains("150627"));
        assertTrue(entries.containsKey("sheets/device_usage.csv"), "every table with a tenant column");
        assertTrue(entries.containsKey("sheets/audit_log.csv"));
        assertEquals("本地区的证明材料", entries.get("files/" + code + "/devices/1/evidence-" + code));
        assertTrue(entries.keySet().stream().noneMatch(name -> name.startsWith("files/530500")));
        assertTrue(entries.keySet().stream().anyMatch(name -> name.startsWith("reports/" + report + "-")));
        assertTrue(entries.get("README.txt").contains(region.name()));

        given().auth()
                .oauth2(platformAdmin())
                .get("/api/tenants/" + code + "/exports")
                .then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].sizeBytes", equalTo(zip.length));

        offboard(code, "123456").statusCode(400).body("fields.field", hasItem("confirm"));
        offboard(code, null).statusCode(400);
        given().auth()
                .oauth2(platformAdmin())
                .get("/tenants/" + code)
                .then()
                .statusCode(200)
                .body(containsString("offboard-form"));
        offboard(code, " " + code + " ")
                .statusCode(200)
                .body("status", equalTo("OFFBOARDED"))
                .body("organizationRemoved", equalTo(true))
                .body("usersRemoved", equalTo(1))
                .body("usersKept", equalTo(1));

        assertEquals("OFFBOARDED", TestRegion.tenantColumn(owner, code, "status"));
        assertEquals(
                0,
                keycloak.realm("jixiao")
                        .organizations()
                        .search(region.slug() + ".jixiao.local", true, 0, 10)
                        .size());
        assertTrue(keycloak.realm("jixiao")
                .users()
                .searchByUsername(region.adminUsername(), true)
                .isEmpty());
        assertFalse(keycloak.realm("jixiao")
                .users()
                .searchByUsername(sharedUser, true)
                .isEmpty());
        // the rows stay, marked by the tenant's status; the public report too
        assertEquals("1", scalar("select count(*) from department where tenant_id = '" + code + "'"));
        assertEquals("PUBLISHED", scalar("select status from report where id = " + report));
        assertEquals(
                "SUSPEND,EXPORT,OFFBOARD",
                scalar("select string_agg(action, ',' order by id) from audit_log where tenant_id = '" + code
                        + "' and entity = 'Tenant'"));
        offboard(code, code).statusCode(409);
        given().auth()
                .oauth2(platformAdmin())
                .post("/api/tenants/" + code + "/resume")
                .then()
                .statusCode(409);
    }

    @Test
    void aRegionAdminsTokensCannotExportOrSuspend() {
        given().auth()
                .oauth2(Tokens.tenantAdminAccessToken("baoshan-admin"))
                .get("/api/tenants/530500/export")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.accessToken("baoshan-admin"))
                .post("/api/tenants/530500/suspend")
                .then()
                .statusCode(401);
        assertEquals("ACTIVE", TestRegion.tenantColumn(owner, "530500", "status"));
    }

    private io.restassured.response.ValidatableResponse offboard(String code, String confirm) {
        var body = new HashMap<String, Object>();
        if (confirm != null) {
            body.put("confirm", confirm);
        }
        return given().auth()
                .oauth2(platformAdmin())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/tenants/" + code + "/offboard")
                .then();
    }

    private TestRegion onboarded() {
        var region = TestRegion.fresh(owner);
        var body = region.request();
        body.put("adminPassword", PASSWORD);
        given().auth()
                .oauth2(platformAdmin())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/tenants")
                .then()
                .statusCode(201);
        return region;
    }

    private String userInBothOrganizations(TestRegion region) {
        var realm = keycloak.realm("jixiao");
        var user = new UserRepresentation();
        user.setUsername(region.slug() + "-evaluator");
        user.setEnabled(true);
        String id;
        try (var response = realm.users().create(user)) {
            assertEquals(201, response.getStatus());
            String path = response.getLocation().getPath();
            id = path.substring(path.lastIndexOf('/') + 1);
        }
        String ours = TestRegion.tenantColumn(owner, region.code(), "keycloak_org_id");
        String theirs = TestRegion.tenantColumn(owner, "530500", "keycloak_org_id");
        if (theirs == null) {
            theirs =
                    realm.organizations().search("baoshan", false, 0, 10).get(0).getId();
        }
        realm.organizations().get(ours).members().addMember(id).close();
        realm.organizations().get(theirs).members().addMember(id).close();
        return user.getUsername();
    }

    private void put(String key, String text) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        storage.client()
                .putObject(PutObjectArgs.builder().bucket(storage.bucket()).object(key).stream(
                                new ByteArrayInputStream(bytes), (long) bytes.length, -1L)
                        .build());
    }

    private void insertDepartment(String tenant, String code, String name) throws SQLException {
        try (var connection = owner.getConnection();
                var statement = connection.prepareStatement(
                        "insert into department (tenant_id, code, name) values (?, ?, ?)")) {
            statement.setString(1, tenant);
            statement.setString(2, code);
            statement.setString(3, name);
            statement.executeUpdate();
        }
    }

    private long insertPublishedReport(String tenant) throws SQLException {
        try (var connection = owner.getConnection();
                var statement = connection.prepareStatement(
                        "insert into report (tenant_id, title, publisher, index_no, published_on, fiscal_year, kind,"
                                + " scope, summary, body) values (?, ?, '测试局', ?, current_date, 2025, 'SELF', 'PROJECT',"
                                + " '摘要', '正文') returning id")) {
            statement.setString(1, tenant);
            statement.setString(2, "测试报告" + tenant);
            statement.setString(3, "TEST-" + tenant + "-" + System.nanoTime());
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private String scalar(String sql) throws SQLException {
        try (var connection = owner.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        var entries = new HashMap<String, String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                var out = new ByteArrayOutputStream();
                in.transferTo(out);
                entries.put(entry.getName(), out.toString(StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    private static String platformAdmin() {
        return Tokens.tenantAdminAccessToken("platform-admin");
    }
}

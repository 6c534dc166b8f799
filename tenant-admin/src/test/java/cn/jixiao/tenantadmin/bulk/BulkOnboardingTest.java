package cn.jixiao.tenantadmin.bulk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.tenantadmin.Jwt;
import cn.jixiao.tenantadmin.TestRegion;
import cn.jixiao.testing.Tokens;
import cn.jixiao.testing.Uploads;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;

/** Bulk onboarding from a GB/T 2260 code list: preview, start, progress, resume, and bad files. */
@QuarkusTest
class BulkOnboardingTest {
    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    @Inject
    Keycloak keycloak;

    @Test
    void previewShowsWhatWillBeMadeThenTheStartOnboardsEachRegionAsSingleOnboardingDoes() throws Exception {
        String city = freeCity();
        String prefix = city.substring(0, 4);
        String csv = "行政区划代码,名称\n" + city + ",测试市" + prefix + "\n" + prefix + "01,市辖区\n" + prefix + "02,测试一区\n" + prefix
                + "03,测试二区,县\n150627,伊金霍洛旗\n";

        JsonPath preview = upload(csv.getBytes(StandardCharsets.UTF_8), "内蒙古.csv")
                .statusCode(201)
                .body("status", equalTo("PREVIEW"))
                .body("fileName", equalTo("内蒙古.csv"))
                .body("problems", hasSize(0))
                .body("skipped.code", hasItem(prefix + "01"))
                .body("progress.total", equalTo(4))
                .body("progress.pending", equalTo(3))
                .body("progress.existing", equalTo(1))
                .body("startable", equalTo(true))
                .body("items.find { it.code == '150627' }.state", equalTo("EXISTING"))
                .body("items.find { it.code == '" + prefix + "02' }.parentCode", equalTo(city))
                .body("items.find { it.code == '" + city + "' }.parentCode", equalTo("150000"))
                .body("items.find { it.code == '" + prefix + "02' }.slug", equalTo("r" + prefix + "02"))
                .extract()
                .jsonPath();
        long id = preview.getLong("id");
        assertNull(TestRegion.tenantColumn(owner, prefix + "02", "status"), "a preview onboards nothing");
        // the city runs before its counties
        List<String> order = preview.getList("items.code");
        assertTrue(order.indexOf(city) < order.indexOf(prefix + "02"));

        start(id).statusCode(202).body("status", equalTo("RUNNING"));
        JsonPath done = awaitEnd(id);
        assertEquals("FINISHED", done.getString("status"));
        assertEquals(3, done.getInt("progress.done"));
        assertEquals(0, done.getInt("progress.failed"));
        assertEquals("ACTIVE", TestRegion.tenantColumn(owner, prefix + "02", "status"));
        assertEquals("ACTIVE", TestRegion.tenantColumn(owner, city, "status"));
        assertEquals(city, regionParent(prefix + "03"));

        // the initial passwords, once; each works
        String passwords = given().auth()
                .oauth2(platformAdmin())
                .get("/api/bulk-onboardings/" + id + "/credentials")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String line = passwords
                .lines()
                .filter(l -> l.startsWith(prefix + "02,"))
                .findFirst()
                .orElseThrow();
        String[] cells = line.split(",");
        var claims = Jwt.claims(Tokens.accessToken(cells[2], cells[3]));
        assertEquals(List.of("r" + prefix + "02"), Jwt.strings(claims.get("organization")));
        given().auth()
                .oauth2(platformAdmin())
                .get("/api/bulk-onboardings/" + id + "/credentials")
                .then()
                .statusCode(410);

        // the same file again: everything exists, nothing to start
        long again = upload(csv.getBytes(StandardCharsets.UTF_8), "again.csv")
                .statusCode(201)
                .body("progress.existing", equalTo(4))
                .body("startable", equalTo(false))
                .extract()
                .jsonPath()
                .getLong("id");
        assertEquals(
                1,
                keycloak.realm("jixiao")
                        .organizations()
                        .search("r" + prefix + "02.jixiao.local", true, 0, 10)
                        .size());
        given().auth()
                .oauth2(platformAdmin())
                .get("/bulk/" + again)
                .then()
                .statusCode(200)
                .body(containsString("此前已开通"));
    }

    @Test
    void aRowThatFailsLeavesTheOthersDoneAndStartingAgainFinishesIt() throws Exception {
        String city = freeCity();
        String prefix = city.substring(0, 4);
        String county = prefix + "05";
        // someone else holds the username the county's administrator would get
        var squatter = new UserRepresentation();
        squatter.setUsername("r" + county + "-admin");
        squatter.setEnabled(true);
        String squatterId;
        try (var response = keycloak.realm("jixiao").users().create(squatter)) {
            assertEquals(201, response.getStatus());
            String path = response.getLocation().getPath();
            squatterId = path.substring(path.lastIndexOf('/') + 1);
        }
        String csv = city + ",测试市" + prefix + ",市\n" + county + ",测试五区," + city + "\n";
        long id = upload(csv.getBytes(StandardCharsets.UTF_8), "codes.csv")
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        start(id).statusCode(202);
        JsonPath stopped = awaitEnd(id);
        assertEquals(1, stopped.getInt("progress.done"));
        assertEquals(1, stopped.getInt("progress.failed"));
        given().auth()
                .oauth2(platformAdmin())
                .get("/api/bulk-onboardings/" + id)
                .then()
                .body("items.find { it.code == '" + county + "' }.state", equalTo("FAILED"))
                .body("items.find { it.code == '" + county + "' }.message", containsString("已被占用"))
                .body("startable", equalTo(true));
        given().auth()
                .oauth2(platformAdmin())
                .get("/bulk/" + id)
                .then()
                .statusCode(200)
                .body(containsString("继续开通"));

        keycloak.realm("jixiao").users().delete(squatterId).close();
        start(id).statusCode(202);
        JsonPath resumed = awaitEnd(id);
        assertEquals("FINISHED", resumed.getString("status"));
        assertEquals(2, resumed.getInt("progress.done"));
        assertEquals(0, resumed.getInt("progress.failed"));
        assertEquals("ACTIVE", TestRegion.tenantColumn(owner, county, "status"));
    }

    @Test
    void badRowsAreListedByLineAndTheJobCannotStart() {
        String city = freeCity();
        String prefix = city.substring(0, 4);
        String csv = "code,name\n" + city + ",测试市\n12345,太短\n" + prefix + "02,\n" + prefix + "03,测试区,镇\n" + city
                + ",重复\n150627,不是伊金霍洛旗\n";
        long id = upload(csv.getBytes(StandardCharsets.UTF_8), "bad.csv")
                .statusCode(201)
                .body("problems.row", hasItems(3, 4, 5, 6, 7))
                .body("problems.find { it.row == 3 }.message", containsString("6 位数字"))
                .body("problems.find { it.row == 4 }.message", containsString("名称"))
                .body("problems.find { it.row == 5 }.message", containsString("第三列"))
                .body("problems.find { it.row == 6 }.message", containsString("重复"))
                .body("problems.find { it.row == 7 }.message", containsString("已登记为 伊金霍洛旗"))
                .body("startable", equalTo(false))
                .extract()
                .jsonPath()
                .getLong("id");
        start(id).statusCode(409).body("message", containsString("错误"));
        given().auth()
                .oauth2(platformAdmin())
                .get("/bulk/" + id)
                .then()
                .statusCode(200)
                .body(containsString("第 3 行"));
    }

    @Test
    void aGbkFileIsReadLikeUtf8() {
        String city = freeCity();
        byte[] gbk = (city + "，测试市ＧＢＫ\n").getBytes(Charset.forName("GBK"));
        upload(gbk, "gbk.csv").statusCode(201).body("items[0].name", equalTo("测试市ＧＢＫ"));
    }

    @Test
    void whatIsNoCodeListIsA400AndTooLargeA413() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
        upload(png, "x.png").statusCode(400).body("fields.field", hasItem("file"));
        upload(new byte[0], "empty.csv").statusCode(400).body("fields.field", hasItem("file"));
        upload("just some words\nand more".getBytes(StandardCharsets.UTF_8), "words.csv")
                .statusCode(201)
                .body("problems", hasSize(2));
        upload("代码,名称\n".getBytes(StandardCharsets.UTF_8), "header.csv")
                .statusCode(400)
                .body("fields[0].message", containsString("没有行政区划"));
        byte[] big = new byte[2 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        upload(big, "big.csv").statusCode(413).body("message", containsString("太大"));
        given().auth()
                .oauth2(platformAdmin())
                .config(Uploads.asBrowsersDo())
                .multiPart("other", "x")
                .post("/api/bulk-onboardings")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(platformAdmin())
                .get("/api/bulk-onboardings/999999999")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(platformAdmin())
                .post("/api/bulk-onboardings/abc/start")
                .then()
                .statusCode(404);
    }

    @Test
    void aPortalTokenOrARegionAdminCannotBulkOnboard() {
        given().auth()
                .oauth2(Tokens.accessToken("baoshan-admin"))
                .get("/api/bulk-onboardings")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(Tokens.tenantAdminAccessToken("baoshan-admin"))
                .config(Uploads.asBrowsersDo())
                .multiPart("file", "a.csv", "159999,x".getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/api/bulk-onboardings")
                .then()
                .statusCode(403);
    }

    private ValidatableResponse upload(byte[] content, String name) {
        return given().auth()
                .oauth2(platformAdmin())
                .config(Uploads.asBrowsersDo())
                .multiPart("file", name, content, "text/csv")
                .post("/api/bulk-onboardings")
                .then();
    }

    private ValidatableResponse start(long id) {
        return given().auth()
                .oauth2(platformAdmin())
                .post("/api/bulk-onboardings/" + id + "/start")
                .then();
    }

    /** Waits (up to two minutes) for the job to stop running; a wait, not a timed assertion. */
    private JsonPath awaitEnd(long id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            JsonPath job = given().auth()
                    .oauth2(platformAdmin())
                    .get("/api/bulk-onboardings/" + id + "?items=false")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            if (!"RUNNING".equals(job.getString("status"))) {
                return job;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("bulk onboarding " + id + " still running after two minutes");
    }

    /** A city code 15xx00 (xx from 70 to 99, under 内蒙古自治区) no region starts with yet. */
    private String freeCity() {
        for (int attempt = 0; attempt < 100; attempt++) {
            String prefix = "15" + ThreadLocalRandom.current().nextInt(70, 100);
            try (var connection = owner.getConnection();
                    var statement = connection.prepareStatement("select 1 from region where code like ?")) {
                statement.setString(1, prefix + "%");
                try (var rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        return prefix + "00";
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("no free test city code left in 157000–159999");
    }

    private String regionParent(String code) throws SQLException {
        try (var connection = owner.getConnection();
                var statement = connection.prepareStatement("select parent_code from region where code = ?")) {
            statement.setString(1, code);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static String platformAdmin() {
        return Tokens.tenantAdminAccessToken("platform-admin");
    }
}

package cn.jixiao.portal.evidence;

import static cn.jixiao.portal.evidence.EvidenceFixtures.YIJINHUOLUO;
import static cn.jixiao.portal.evidence.EvidenceFixtures.YUEYANG;
import static cn.jixiao.portal.evidence.EvidenceFixtures.newVersion;
import static cn.jixiao.portal.evidence.EvidenceFixtures.pdf;
import static cn.jixiao.portal.evidence.EvidenceFixtures.rows;
import static cn.jixiao.portal.evidence.EvidenceFixtures.sha256;
import static cn.jixiao.portal.evidence.EvidenceFixtures.upload;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.platform.storage.ObjectStorage;
import cn.jixiao.portal.BookFixtures;
import cn.jixiao.testing.Tokens;
import io.minio.ListObjectsArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.messages.Item;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Evidence files through the API, against the test stack's real PostgreSQL, S3 and Keycloak. */
@QuarkusTest
public class EvidenceApiTest {
    /** %test.jixiao.evidence.max-size */
    static final int MAX_SIZE = 8 * 1024 * 1024;

    private static int nextYear = 2061;

    @Inject
    ObjectStorage storage;

    private final List<long[]> evaluations = new ArrayList<>(); // {evaluation, indicator}
    private final List<String> prefixes = new ArrayList<>();

    @AfterEach
    void removeOwnersAndObjects() throws Exception {
        for (long[] e : evaluations) {
            EvidenceFixtures.removeEvaluation(e[0]);
        }
        for (String prefix : prefixes) {
            for (String key : objectKeys(prefix)) {
                storage.client()
                        .removeObject(RemoveObjectArgs.builder()
                                .bucket(storage.bucket())
                                .object(key)
                                .build());
            }
        }
    }

    /** A draft evaluation of 伊金霍洛旗's 政务服务局 with one indicator; the indicator's id. */
    long indicator() {
        return indicator(YIJINHUOLUO, "zwfwj");
    }

    long indicator(String tenant, String department) {
        long evaluation = EvidenceFixtures.evaluation(tenant, department, nextYear++);
        long indicator = EvidenceFixtures.indicator(tenant, evaluation);
        evaluations.add(new long[] {evaluation, indicator});
        prefixes.add(tenant + "/evidence/indicator/" + indicator + "/");
        return indicator;
    }

    long evaluationOf(long indicator) {
        return evaluations.stream().filter(e -> e[1] == indicator).findFirst().orElseThrow()[0];
    }

    List<String> objectKeys(String prefix) throws Exception {
        var keys = new ArrayList<String>();
        for (Result<Item> item : storage.client()
                .listObjects(ListObjectsArgs.builder()
                        .bucket(storage.bucket())
                        .prefix(prefix)
                        .recursive(true)
                        .build())) {
            keys.add(item.get().objectName());
        }
        return keys;
    }

    void assertNothingKept(long indicator) throws Exception {
        assertEquals(
                0,
                rows("select count(*) from evidence_file where owner_kind = 'INDICATOR' and owner_id = ?", indicator));
        assertEquals(List.of(), objectKeys(YIJINHUOLUO + "/evidence/indicator/" + indicator + "/"));
    }

    static String dept() {
        return Tokens.accessToken("yijinhuoluo-dept");
    }

    static byte[] get(String url) throws Exception {
        var response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), "the presigned link answers");
        return response.body();
    }

    @Test
    void editorUploadsAPdfStreamedAndItsLinkDownloadsTheSameBytes() throws Exception {
        long indicator = indicator();
        byte[] content = pdf(600_000, 1);
        String name = "设备验收报告（2022）.pdf";

        var created = upload(dept(), "INDICATOR", indicator, name, content)
                .then()
                .statusCode(201)
                .body("fileName", equalTo(name))
                .body("contentType", equalTo("application/pdf"))
                .body("sizeBytes", equalTo(content.length))
                .body("sha256", equalTo(sha256(content)))
                .body("versionNo", equalTo(1))
                .body("scanStatus", equalTo("CLEAN"))
                .body("uploadedBy", equalTo("yijinhuoluo-dept"))
                .extract()
                .jsonPath();
        long id = created.getLong("id");
        assertEquals(
                evaluationOf(indicator),
                rows("select evaluation_id from evidence_file where id = ?", id),
                "the row names its evaluation");
        assertEquals(
                1,
                objectKeys(YIJINHUOLUO + "/evidence/indicator/" + indicator + "/")
                        .size());

        given().auth()
                .oauth2(dept())
                .get("/api/evidence?ownerKind=INDICATOR&ownerId=" + indicator)
                .then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].id", equalTo((int) id))
                .body("[0].versions", hasSize(0));

        // the finance reviewer reads it through a presigned link, which serves the same bytes under the clean name
        var link = given().auth()
                .oauth2(Tokens.accessToken("yijinhuoluo-finance"))
                .get("/api/evidence/" + id + "/link")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String url = link.getString("url");
        assertTrue(url.contains("X-Amz-Expires=300"), "valid for five minutes: " + url);
        var response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals(sha256(content), sha256(response.body()));
        assertTrue(
                response.headers().firstValue("Content-Disposition").orElse("").contains("filename*=UTF-8''"),
                "saved under its name: " + response.headers().map());

        // pages link to a redirect that makes a fresh link
        given().auth()
                .oauth2(dept())
                .redirects()
                .follow(false)
                .get("/evidence/" + id + "/download")
                .then()
                .statusCode(303)
                .header("Location", containsString("X-Amz-Signature="));
        assertEquals(
                2,
                rows(
                        "select count(*) from audit_log where entity = 'Evidence' and entity_id = ? and action = 'LINK'",
                        id));
        assertEquals(
                1,
                rows(
                        "select count(*) from audit_log where entity = 'Evidence' and entity_id = ? and action = 'UPLOAD'",
                        id));
    }

    @Test
    void aFileOfSeveralPartsIsStoredWholeWithAndWithoutALength() throws Exception {
        long indicator = indicator();
        byte[] content = pdf(7_500_000, 5); // two 5 MiB parts (%test part size), sent while the next is read
        long declared = upload(dept(), "INDICATOR", indicator, "长文件.pdf", content)
                .then()
                .statusCode(201)
                .body("sizeBytes", equalTo(content.length))
                .body("sha256", equalTo(sha256(content)))
                .extract()
                .jsonPath()
                .getLong("id");
        long chunked = given().auth()
                .oauth2(dept())
                .contentType("application/octet-stream")
                .header("X-File-Name", "chunked-long.pdf")
                .body(new java.io.ByteArrayInputStream(content)) // sent chunked: no Content-Length
                .post("/api/evidence?ownerKind=INDICATOR&ownerId=" + indicator)
                .then()
                .statusCode(201)
                .body("sizeBytes", equalTo(content.length))
                .body("sha256", equalTo(sha256(content)))
                .extract()
                .jsonPath()
                .getLong("id");
        for (long id : new long[] {declared, chunked}) {
            String url = given().auth()
                    .oauth2(dept())
                    .get("/api/evidence/" + id + "/link")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("url");
            assertEquals(sha256(content), sha256(get(url)), "the stored object is the whole file");
        }
    }

    @Test
    void aFileOverTheLimitIsRefusedWith413AndNothingIsKept() throws Exception {
        long indicator = indicator();
        upload(dept(), "INDICATOR", indicator, "大文件.pdf", pdf(MAX_SIZE + 1, 2))
                .then()
                .statusCode(413)
                .body("error", equalTo("too_large"))
                .body("message", containsString("8 MB"));
        assertNothingKept(indicator);
    }

    @Test
    void aFileGrowingOverTheLimitWithoutALengthIsRefusedToo() throws Exception {
        long indicator = indicator();
        byte[] content = pdf(MAX_SIZE + 512 * 1024, 3);
        given().auth()
                .oauth2(dept())
                .contentType("application/octet-stream")
                .header("X-File-Name", "chunked.pdf")
                .body(new java.io.ByteArrayInputStream(content)) // sent chunked: no Content-Length
                .post("/api/evidence?ownerKind=INDICATOR&ownerId=" + indicator)
                .then()
                .statusCode(413)
                .body("error", equalTo("too_large"));
        assertNothingKept(indicator);
    }

    @Test
    void otherContentUnderAPdfNameIsRefusedWith415() throws Exception {
        long indicator = indicator();
        byte[] exe = "MZ\u0090\u0000 this program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
        upload(dept(), "INDICATOR", indicator, "自评报告.pdf", exe)
                .then()
                .statusCode(415)
                .body("error", equalTo("unsupported_type"))
                .body("message", containsString("不支持的文件类型"));
        byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        upload(dept(), "INDICATOR", indicator, "自评报告.pdf", png)
                .then()
                .statusCode(415)
                .body("message", containsString("PNG"));
        assertNothingKept(indicator);
    }

    @Test
    void aNameWithPathSeparatorsIsStoredWithoutThem() throws Exception {
        long indicator = indicator();
        upload(dept(), "INDICATOR", indicator, "../../etc/passwd.pdf", pdf(2_000, 4))
                .then()
                .statusCode(201)
                .body("fileName", equalTo("passwd.pdf"));
        upload(dept(), "INDICATOR", indicator, "C:\\资料\\..\\验收\u0000单.pdf", pdf(2_000, 5))
                .then()
                .statusCode(201)
                .body("fileName", equalTo("验收单.pdf"));
    }

    @Test
    void theEicarTestFileIsRefusedWith422AndNothingIsKept() throws Exception {
        long indicator = indicator();
        byte[] infected = ("%PDF-1.4\n" + new String(BuiltinScanner.EICAR, StandardCharsets.US_ASCII) + "\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        upload(dept(), "INDICATOR", indicator, "扫描件.pdf", infected)
                .then()
                .statusCode(422)
                .body("error", equalTo("infected"))
                .body("message", containsString("Eicar"));
        assertNothingKept(indicator);
    }

    @Test
    void zipArchivesAreCheckedForEntriesAndUnpackedSize() throws Exception {
        long indicator = indicator();
        // 30 MB of zeros packs into a few dozen KB: over the 20 MB unpacked limit of the tests
        upload(dept(), "INDICATOR", indicator, "资料.zip", EvidenceFixtures.zip(new String[] {"zeros.bin"}, 30 << 20))
                .then()
                .statusCode(413)
                .body("error", equalTo("archive_too_large"))
                .body("message", containsString("压缩炸弹"));
        String[] many = new String[501];
        for (int i = 0; i < many.length; i++) {
            many[i] = "scan-" + i + ".txt";
        }
        upload(dept(), "INDICATOR", indicator, "资料.zip", EvidenceFixtures.zip(many, 1))
                .then()
                .statusCode(422)
                .body("error", equalTo("archive_entries"));
        assertNothingKept(indicator);

        upload(dept(), "INDICATOR", indicator, "扫描件.zip", EvidenceFixtures.zip(new String[] {"a.jpg", "b.jpg"}, 1000))
                .then()
                .statusCode(201)
                .body("contentType", equalTo("application/zip"));
        upload(
                        dept(),
                        "INDICATOR",
                        indicator,
                        "说明.docx",
                        EvidenceFixtures.zip(new String[] {"[Content_Types].xml", "word/document.xml"}, 100))
                .then()
                .statusCode(201)
                .body("contentType", containsString("wordprocessingml"));
    }

    @Test
    void anUploadBeyondTheRegionsQuotaIsRefused() throws Exception {
        long indicator = indicator(YUEYANG, "zwfwzx");
        String token = Tokens.accessToken("yueyang-dept");
        upload(token, "INDICATOR", indicator, "一.pdf", pdf(300_000, 6)).then().statusCode(201);
        long used = rows("select coalesce(sum(size_bytes), 0) from evidence_file where tenant_id = ?", YUEYANG);
        BookFixtures.execute(
                "insert into tenant_setting (tenant_id, evidence_quota_bytes) values (?, ?)"
                        + " on conflict (tenant_id) do update set evidence_quota_bytes = excluded.evidence_quota_bytes",
                YUEYANG,
                used + 100_000);
        try {
            upload(token, "INDICATOR", indicator, "二.pdf", pdf(200_000, 7))
                    .then()
                    .statusCode(413)
                    .body("error", equalTo("quota_exceeded"))
                    .body("message", containsString("存储空间已满"));
            assertEquals(
                    1,
                    rows(
                            "select count(*) from evidence_file where owner_kind = 'INDICATOR' and owner_id = ?",
                            indicator));
            assertEquals(
                    1,
                    objectKeys(YUEYANG + "/evidence/indicator/" + indicator + "/")
                            .size(),
                    "only the first");
        } finally {
            BookFixtures.execute(
                    "update tenant_setting set evidence_quota_bytes = ? where tenant_id = ?",
                    EvidenceService.DEFAULT_QUOTA,
                    YUEYANG);
        }
    }

    @Test
    void aNewVersionKeepsTheOldOneReadable() throws Exception {
        long indicator = indicator();
        byte[] v1 = pdf(10_000, 8);
        byte[] v2 = pdf(12_000, 9);
        long first = upload(dept(), "INDICATOR", indicator, "绩效目标表.pdf", v1)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        long second = newVersion(dept(), first, "绩效目标表（修订）.pdf", v2)
                .then()
                .statusCode(201)
                .body("versionNo", equalTo(2))
                .body("lineageId", equalTo((int) first))
                .body("current", equalTo(true))
                .extract()
                .jsonPath()
                .getLong("id");

        given().auth()
                .oauth2(dept())
                .get("/api/evidence?ownerKind=INDICATOR&ownerId=" + indicator)
                .then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].id", equalTo((int) second))
                .body("[0].versions", hasSize(1))
                .body("[0].versions[0].id", equalTo((int) first))
                .body("[0].versions[0].current", equalTo(false));
        String oldUrl = given().auth()
                .oauth2(dept())
                .get("/api/evidence/" + first + "/link")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("url");
        assertArrayEquals(v1, get(oldUrl));
        assertEquals(
                1,
                rows(
                        "select count(*) from audit_log where entity = 'Evidence' and entity_id = ? and action = 'VERSION'",
                        second));
    }

    @Test
    void deletionIsRefusedOnceSubmittedAndRemovesEveryVersionWhileADraft() throws Exception {
        long indicator = indicator();
        long evaluation = evaluationOf(indicator);
        long first = upload(dept(), "INDICATOR", indicator, "a.pdf", pdf(3_000, 10))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        newVersion(dept(), first, "a.pdf", pdf(3_000, 11)).then().statusCode(201);

        EvidenceFixtures.status(evaluation, "SUBMITTED");
        given().auth()
                .oauth2(dept())
                .delete("/api/evidence/" + first)
                .then()
                .statusCode(409)
                .body("message", containsString("草稿"));
        upload(dept(), "INDICATOR", indicator, "b.pdf", pdf(3_000, 12))
                .then()
                .statusCode(409)
                .body("error", equalTo("evidence_locked"));

        EvidenceFixtures.status(evaluation, "RETURNED"); // returned: files may be added, not deleted
        upload(dept(), "INDICATOR", indicator, "b.pdf", pdf(3_000, 13)).then().statusCode(201);
        given().auth().oauth2(dept()).delete("/api/evidence/" + first).then().statusCode(409);

        EvidenceFixtures.status(evaluation, "DRAFT");
        given().auth().oauth2(dept()).delete("/api/evidence/" + first).then().statusCode(204);
        assertEquals(
                1,
                rows("select count(*) from evidence_file where owner_kind = 'INDICATOR' and owner_id = ?", indicator),
                "both versions of a.pdf are gone, b.pdf stays");
        assertEquals(
                1,
                objectKeys(YIJINHUOLUO + "/evidence/indicator/" + indicator + "/")
                        .size());
        assertEquals(
                2,
                rows(
                        "select count(*) from audit_log where entity = 'Evidence' and action = 'DELETE' and before->>'lineageId' = ?",
                        Long.toString(first)));
    }

    @Test
    void anotherRegionFindsNothingAndAnotherDepartmentIsRefused() throws Exception {
        long indicator = indicator();
        long id = upload(dept(), "INDICATOR", indicator, "a.pdf", pdf(3_000, 14))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        String baoshan = Tokens.accessToken("baoshan-finance");
        given().auth()
                .oauth2(baoshan)
                .get("/api/evidence/" + id + "/link")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(baoshan)
                .get("/api/evidence?ownerKind=INDICATOR&ownerId=" + indicator)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(baoshan)
                .redirects()
                .follow(false)
                .get("/evidence/" + id + "/download")
                .then()
                .statusCode(404);
        upload(Tokens.accessToken("baoshan-dept"), "INDICATOR", indicator, "x.pdf", pdf(3_000, 15))
                .then()
                .statusCode(404);

        String shebao = Tokens.accessToken("yijinhuoluo-shebao");
        given().auth()
                .oauth2(shebao)
                .get("/api/evidence/" + id + "/link")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(shebao)
                .get("/api/evidence?ownerKind=INDICATOR&ownerId=" + indicator)
                .then()
                .statusCode(403);
        upload(shebao, "INDICATOR", indicator, "x.pdf", pdf(3_000, 16)).then().statusCode(403);
        given().auth().oauth2(shebao).delete("/api/evidence/" + id).then().statusCode(403);
        // the finance reviewer reads but does not edit a department's evidence
        upload(Tokens.accessToken("yijinhuoluo-finance"), "INDICATOR", indicator, "x.pdf", pdf(3_000, 17))
                .then()
                .statusCode(403);
        assertEquals(
                1,
                rows("select count(*) from evidence_file where owner_id = ? and owner_kind = 'INDICATOR'", indicator));
    }

    @Test
    void unknownOwnersAndKindsAreRefused() {
        upload(dept(), "INDICATOR", 999_999_999L, "a.pdf", pdf(100, 18)).then().statusCode(404);
        upload(dept(), "BUDGET", 1, "a.pdf", pdf(100, 19))
                .then()
                .statusCode(400)
                .body("message", containsString("ownerKind"));
    }
}

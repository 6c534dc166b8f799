package cn.jixiao.portal.evidence;

import static io.restassured.RestAssured.given;

import cn.jixiao.portal.BookFixtures;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Owners and files for the evidence tests: evaluations with one indicator, written with SQL as the
 * database owner (the evaluation feature is built beside this one), in a year no demo evaluation uses;
 * files made in memory with the magic bytes of their type.
 */
final class EvidenceFixtures {
    static final String YIJINHUOLUO = "150627";
    static final String YUEYANG = "430600";

    private EvidenceFixtures() {}

    /** An evaluation of the department's whole spending, in status DRAFT; its id. */
    static long evaluation(String tenant, String departmentCode, int year) {
        return BookFixtures.queryLong(
                "insert into evaluation (tenant_id, department_id, year, kind, status, created_by)"
                        + " values (?, (select id from department where tenant_id = ? and code = ?), ?, 'SELF', 'DRAFT',"
                        + " 'evidence-test') returning id",
                tenant,
                tenant,
                departmentCode,
                year);
    }

    /** A level-1 indicator of the evaluation (evidence hangs on any indicator); its id. */
    static long indicator(String tenant, long evaluation) {
        return BookFixtures.queryLong(
                "insert into evaluation_indicator (tenant_id, evaluation_id, level, position, name, weight,"
                        + " evidence_required) values (?, ?, 1, 0, '产出指标', 50, true) returning id",
                tenant,
                evaluation);
    }

    static void status(long evaluation, String status) {
        BookFixtures.execute("update evaluation set status = ? where id = ?", status, evaluation);
    }

    static void removeEvaluation(long evaluation) {
        BookFixtures.execute("delete from evidence_file where evaluation_id = ?", evaluation);
        BookFixtures.execute("delete from evaluation where id = ?", evaluation);
    }

    static long rows(String sql, Object... params) {
        return BookFixtures.queryLong(sql, params);
    }

    /** A PDF of {@code size} bytes: the header, then random bytes (reproducible from the seed). */
    static byte[] pdf(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    static byte[] zip(String[] names, int entrySize) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            byte[] content = new byte[entrySize];
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static String encode(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static Response upload(String token, String ownerKind, long ownerId, String name, byte[] content) {
        return given().auth()
                .oauth2(token)
                .contentType("application/octet-stream")
                .header("X-File-Name", encode(name))
                .body(content)
                .post("/api/evidence?ownerKind=" + ownerKind + "&ownerId=" + ownerId);
    }

    static Response newVersion(String token, long id, String name, byte[] content) {
        return given().auth()
                .oauth2(token)
                .contentType("application/octet-stream")
                .header("X-File-Name", encode(name))
                .body(content)
                .post("/api/evidence/" + id + "/versions");
    }
}

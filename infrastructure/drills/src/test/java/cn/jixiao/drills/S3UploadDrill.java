package cn.jixiao.drills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.localstack.Credentials;
import cn.jixiao.localstack.StackConfig;
import cn.jixiao.testing.Tokens;
import io.minio.ListMultipartUploadsArgs;
import io.minio.ListObjectsArgs;
import io.minio.MinioAsyncClient;
import io.minio.MinioClient;
import io.minio.Result;
import io.minio.messages.Item;
import io.minio.messages.ListMultipartUploadsResult;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * S3 stops in the middle of an upload: the user gets a clear error, no row, no orphan object. A 48 MiB PDF is
 * sent to the portal ({@code POST /api/evidence}) in 5 MiB parts; after 12 MiB the sender waits, S3 is stopped,
 * the sender goes on. Then an upload while S3 is down, then S3 back: the same upload succeeds, and the portal's
 * sweep (here every 5 s, for what is older than 20 s) aborts the multipart upload the outage left.
 */
class S3UploadDrill {
    private static final String REGION = "150627";
    private static final int SIZE = 48 * 1024 * 1024;
    private static final int PAUSE_AT = 12 * 1024 * 1024;
    private static final String MESSAGE = "文件存储暂不可用，请稍后重试";

    @Test
    void s3StopsInTheMiddleOfAnUpload() throws Exception {
        DrillReport.drill("S3 stops in the middle of an upload (S3UploadDrill)");
        try (var drill = DrillStack.portalOnly(Map.of(
                        "JIXIAO_EVIDENCE_PART_SIZE", "5M",
                        "JIXIAO_EVIDENCE_SWEEP_EVERY", "5s",
                        "JIXIAO_EVIDENCE_SWEEP_OLDER_THAN", "20S"));
                Connection db = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + drill.stack().postgresPort() + "/" + Credentials.DB_NAME,
                        Credentials.DB_OWNER,
                        Credentials.DB_OWNER_PASSWORD)) {
            StackConfig stack = drill.stack();
            long indicator = owner(db);
            String prefix = REGION + "/evidence/indicator/" + indicator + "/";
            byte[] file = pdf(SIZE);
            DrillReport.line(
                    "file: %d MiB PDF, sent in 5 MiB parts (jixiao.evidence.part-size), S3 stopped after %d MiB",
                    SIZE >> 20, PAUSE_AT >> 20);

            // 1. S3 stops while the portal is sending the parts of a multipart upload
            RawUpload.Answer cut;
            long stopToAnswer;
            try (RawUpload upload = upload(stack, indicator, file, PAUSE_AT)) {
                upload.awaitPause(Duration.ofMinutes(1));
                awaitUploads(stack, prefix, 1, Duration.ofSeconds(30));
                long stopping = System.nanoTime();
                drill.services().stopS3();
                long stopped = System.nanoTime();
                DrillReport.line("S3 stopped (S3Proxy's stop took %d ms); the sender goes on", ms(stopping));
                upload.resume();
                cut = upload.answer();
                stopToAnswer = ms(stopped);
                DrillReport.line(
                        "cut upload: HTTP %d %d ms after S3 was down (%d MiB of the body sent by then): %s",
                        cut.status(), stopToAnswer, upload.sent() >> 20, cut.body());
            }
            assertEquals(503, cut.status(), cut.body());
            assertTrue(cut.body().contains(MESSAGE) && cut.body().contains("storage_unavailable"), cut.body());
            assertEquals(0, rows(db, indicator), "no evidence row after the cut upload");

            // 2. an upload begun while S3 is down
            byte[] small = pdf(8 * 1024 * 1024);
            long t0 = System.nanoTime();
            RawUpload.Answer down;
            try (RawUpload upload = upload(stack, indicator, small, -1)) {
                down = upload.answer();
            }
            long downMs = ms(t0);
            DrillReport.line(
                    "upload while S3 is down (8 MiB): HTTP %d in %d ms: %s", down.status(), downMs, down.body());
            assertEquals(503, down.status(), down.body());
            assertTrue(down.body().contains(MESSAGE), down.body());
            assertTrue(downMs < 30_000, "refused quickly");
            assertEquals(0, rows(db, indicator), "no evidence row while S3 is down");

            // 3. S3 back: what the outage left, then the same upload again, with no restart of the portal
            long back = System.nanoTime();
            drill.services().startS3();
            DrillReport.line("S3 started again in %d ms", ms(back));
            List<String> left = incompleteUploads(stack, prefix);
            DrillReport.line(
                    "left in the bucket when S3 came back: %d incomplete multipart upload(s), %d object(s) under the owner's prefix",
                    left.size(), objects(stack, prefix).size());
            long retried = System.nanoTime();
            RawUpload.Answer ok;
            try (RawUpload upload = upload(stack, indicator, file, -1)) {
                ok = upload.answer();
            }
            DrillReport.line(
                    "the same 48 MiB upload after S3 came back: HTTP %d in %d ms (%d ms after the start of S3)",
                    ok.status(), ms(retried), ms(back));
            assertEquals(201, ok.status(), ok.body());
            assertEquals(1, rows(db, indicator), "the file's row");
            String kept = objectKey(db, indicator);

            // 4. the sweep aborts the incomplete upload; the file's object stays
            Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
            while (Instant.now().isBefore(deadline)
                    && !(incompleteUploads(stack, prefix).isEmpty()
                            && objects(stack, prefix).equals(List.of(kept)))) {
                LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
            }
            List<String> incomplete = incompleteUploads(stack, prefix);
            List<String> objects = objects(stack, prefix);
            DrillReport.line(
                    "after the sweep (every 5 s, older than 20 s): %d incomplete upload(s), objects under the prefix = the"
                            + " file's only: %s; %d ms after S3 came back",
                    incomplete.size(), objects.equals(List.of(kept)), ms(back));
            assertEquals(List.of(), incomplete, "no incomplete multipart upload left");
            assertEquals(List.of(kept), objects, "no object but the saved file's");
        }
    }

    private static RawUpload upload(StackConfig stack, long indicator, byte[] body, long pauseAt) throws Exception {
        String token = Tokens.accessToken(stack, "yijinhuoluo-dept", Tokens.DEMO_PASSWORD);
        return RawUpload.start(
                stack.portalUrl(),
                "/api/evidence?ownerKind=INDICATOR&ownerId=" + indicator,
                body,
                pauseAt,
                "Authorization: Bearer " + token,
                "Content-Type: application/octet-stream",
                "Accept: application/json",
                "X-File-Name: drill-report.pdf");
    }

    /** Waits until the portal has begun its multipart upload (so S3 stops in the middle of one). */
    private static void awaitUploads(StackConfig stack, String prefix, int count, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (incompleteUploads(stack, prefix).size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the portal began no multipart upload within " + timeout);
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
    }

    /** A draft evaluation of 伊金霍洛旗's 政务服务局 with one indicator (the files' owner), as the database owner. */
    private static long owner(Connection db) throws Exception {
        try (Statement s = db.createStatement()) {
            long evaluation;
            try (ResultSet rs = s.executeQuery("insert into evaluation (tenant_id, department_id, year, kind, status,"
                    + " created_by) values ('" + REGION + "', (select id from department where tenant_id = '" + REGION
                    + "' and code = 'zwfwj'), 2099, 'SELF', 'DRAFT', 'drill') returning id")) {
                rs.next();
                evaluation = rs.getLong(1);
            }
            try (ResultSet rs = s.executeQuery(
                    "insert into evaluation_indicator (tenant_id, evaluation_id, level, name, weight) values ('"
                            + REGION + "', " + evaluation + ", 1, '产出指标', 50) returning id")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long rows(Connection db, long indicator) throws Exception {
        try (PreparedStatement s = db.prepareStatement(
                "select count(*) from evidence_file where owner_kind = 'INDICATOR' and owner_id = ?")) {
            s.setLong(1, indicator);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String objectKey(Connection db, long indicator) throws Exception {
        try (PreparedStatement s = db.prepareStatement(
                "select object_key from evidence_file where owner_kind = 'INDICATOR' and owner_id = ?")) {
            s.setLong(1, indicator);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static MinioClient s3(StackConfig stack) {
        return MinioClient.builder()
                .endpoint(stack.s3Url())
                .credentials(Credentials.S3_ACCESS_KEY, Credentials.S3_SECRET_KEY)
                .region("cn-north-1")
                .build();
    }

    private static List<String> objects(StackConfig stack, String prefix) throws Exception {
        var keys = new ArrayList<String>();
        for (Result<Item> item : s3(stack)
                .listObjects(ListObjectsArgs.builder()
                        .bucket(Credentials.S3_BUCKET)
                        .prefix(prefix)
                        .recursive(true)
                        .build())) {
            keys.add(item.get().objectName());
        }
        return keys;
    }

    private static List<String> incompleteUploads(StackConfig stack, String prefix) throws Exception {
        ListMultipartUploadsResult result = MinioAsyncClient.builder()
                .endpoint(stack.s3Url())
                .credentials(Credentials.S3_ACCESS_KEY, Credentials.S3_SECRET_KEY)
                .region("cn-north-1")
                .build()
                .listMultipartUploads(ListMultipartUploadsArgs.builder()
                        .bucket(Credentials.S3_BUCKET)
                        .prefix(prefix)
                        .build())
                .get()
                .result();
        return result.uploads().stream()
                .map(ListMultipartUploadsResult.Upload::objectName)
                .toList();
    }

    /** A PDF of {@code size} bytes: the header, then pseudo-random bytes. */
    private static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        new Random(13).nextBytes(bytes);
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}

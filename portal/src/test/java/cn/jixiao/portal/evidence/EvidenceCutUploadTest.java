package cn.jixiao.portal.evidence;

import static cn.jixiao.portal.evidence.EvidenceFixtures.YIJINHUOLUO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.platform.storage.ObjectStorage;
import cn.jixiao.testing.Tokens;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.minio.ListObjectsArgs;
import io.minio.Result;
import io.minio.messages.Item;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A client that goes away halfway through an upload: a raw socket sends the headers and part of the body,
 * then closes. The portal counts the upload as cut ({@code jixiao_evidence_uploads_total{outcome="cut"}});
 * once it has, neither a row nor an object (nor a finished multipart upload) may be left.
 */
@QuarkusTest
public class EvidenceCutUploadTest {
    @Inject
    ObjectStorage storage;

    @Inject
    MeterRegistry metrics;

    private long evaluation;

    @AfterEach
    void remove() {
        EvidenceFixtures.removeEvaluation(evaluation);
    }

    private double cuts() {
        Counter counter =
                metrics.find("jixiao.evidence.uploads").tag("outcome", "cut").counter();
        return counter == null ? 0 : counter.count();
    }

    private List<String> objectKeys(String prefix) throws Exception {
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

    /**
     * Sends the headers of a {@code declared}-byte upload and {@code sent} bytes of it, then hangs up: with a
     * reset (as a dropped connection: what the server had not read yet is lost), or by closing its side
     * after the bytes (the server reads them all, then finds the body ends short).
     */
    private void cutUpload(long indicator, int declared, int sent, boolean reset, double awaitedCuts) throws Exception {
        byte[] body = EvidenceFixtures.pdf(sent, 42);
        String head = "POST /api/evidence?ownerKind=INDICATOR&ownerId=" + indicator + " HTTP/1.1\r\n"
                + "Host: localhost:" + RestAssured.port + "\r\n"
                + "Authorization: Bearer " + Tokens.accessToken("yijinhuoluo-dept") + "\r\n"
                + "Content-Type: application/octet-stream\r\n"
                + "X-File-Name: cut.pdf\r\n"
                + "Content-Length: " + declared + "\r\n\r\n";
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            if (reset) {
                socket.setSoLinger(true, 0);
            } else {
                socket.shutdownOutput();
                awaitCuts(awaitedCuts);
            }
        }
        awaitCuts(awaitedCuts);
    }

    private void awaitCuts(double expected) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (cuts() < expected && Instant.now().isBefore(deadline)) {
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        assertTrue(cuts() >= expected, "the portal noticed the cut upload");
    }

    @Test
    void anUploadCutHalfwayLeavesNoRowAndNoObject() throws Exception {
        evaluation = EvidenceFixtures.evaluation(YIJINHUOLUO, "zwfwj", 2059);
        long indicator = EvidenceFixtures.indicator(YIJINHUOLUO, evaluation);
        String prefix = YIJINHUOLUO + "/evidence/indicator/" + indicator + "/";
        double before = cuts();

        // dropped within the first part: nothing has reached the storage yet
        cutUpload(indicator, 3_000_000, 1_500_000, true, before + 1);
        // ended past the first 5 MiB part: a multipart upload had begun and must be aborted
        cutUpload(indicator, 7_500_000, 6_000_000, false, before + 2);

        assertEquals(
                0,
                EvidenceFixtures.rows(
                        "select count(*) from evidence_file where owner_kind = 'INDICATOR' and owner_id = ?",
                        indicator));
        assertEquals(List.of(), objectKeys(prefix));
    }
}

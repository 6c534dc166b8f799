package cn.jixiao.portal.evidence;

import static cn.jixiao.portal.evidence.EvidenceFixtures.YIJINHUOLUO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.platform.storage.ObjectStorage;
import cn.jixiao.testing.Tokens;
import io.minio.CreateMultipartUploadArgs;
import io.minio.ListMultipartUploadsArgs;
import io.minio.ListObjectsArgs;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.UploadPartArgs;
import io.minio.messages.Item;
import io.minio.messages.ListMultipartUploadsResult;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sweep of what an S3 outage leaves behind (EvidenceSweeper), against the test stack's real S3: an
 * incomplete multipart upload and an object no row refers to are planted beside a file uploaded through
 * the API and an object outside the evidence keys; the sweep takes only the first two, and only once they
 * are older than its cutoff.
 */
@QuarkusTest
public class EvidenceSweeperTest {
    @Inject
    ObjectStorage storage;

    @Inject
    EvidenceSweeper sweeper;

    private long evaluation;
    private final List<String> cleanup = new ArrayList<>();

    @AfterEach
    void remove() throws Exception {
        EvidenceFixtures.removeEvaluation(evaluation);
        for (String key : cleanup) {
            storage.client()
                    .removeObject(RemoveObjectArgs.builder()
                            .bucket(storage.bucket())
                            .object(key)
                            .build());
        }
    }

    @Test
    void aSweepAbortsOldIncompleteUploadsAndRemovesObjectsNoRowRefersToButKeepsTheRest() throws Exception {
        evaluation = EvidenceFixtures.evaluation(YIJINHUOLUO, "zwfwj", 2057);
        long indicator = EvidenceFixtures.indicator(YIJINHUOLUO, evaluation);
        String prefix = YIJINHUOLUO + "/evidence/indicator/" + indicator + "/";

        EvidenceFixtures.upload(
                        Tokens.accessToken("yijinhuoluo-dept"),
                        "INDICATOR",
                        indicator,
                        "kept.pdf",
                        EvidenceFixtures.pdf(20_000, 7))
                .then()
                .statusCode(201);
        List<String> uploaded = objectKeys(prefix);
        assertEquals(1, uploaded.size(), "the uploaded file's object");
        String referenced = uploaded.get(0);
        cleanup.add(referenced);

        String orphan = prefix + UUID.randomUUID();
        put(orphan);
        cleanup.add(orphan);
        String notEvidence = YIJINHUOLUO + "/sweeper-test/" + UUID.randomUUID();
        put(notEvidence);
        cleanup.add(notEvidence);
        String cut = prefix + UUID.randomUUID();
        String uploadId = storage.asyncClient()
                .createMultipartUpload(CreateMultipartUploadArgs.builder()
                        .bucket(storage.bucket())
                        .object(cut)
                        .build())
                .get()
                .result()
                .uploadId();
        byte[] part = EvidenceFixtures.pdf(64 * 1024, 8);
        storage.asyncClient()
                .uploadPart(UploadPartArgs.builder()
                        .bucket(storage.bucket())
                        .object(cut)
                        .uploadId(uploadId)
                        .partNumber(1)
                        .data(part, part.length)
                        .build())
                .get();
        assertEquals(List.of(cut), incompleteUploads(prefix));

        // younger than the cutoff: an upload may still be on its way, a row about to be saved
        var early = sweeper.sweep(Instant.now().minus(Duration.ofHours(1)));
        assertFalse(early.abortedUploads().contains(cut));
        assertFalse(early.removedObjects().contains(orphan));
        assertEquals(List.of(cut), incompleteUploads(prefix));

        var swept = sweeper.sweep(Instant.now().plusSeconds(5));
        assertTrue(swept.abortedUploads().contains(cut), "the incomplete upload is aborted: " + swept);
        assertTrue(swept.removedObjects().contains(orphan), "the object no row refers to is removed: " + swept);
        assertFalse(swept.removedObjects().contains(referenced), "a file's object is kept");
        assertFalse(swept.removedObjects().contains(notEvidence), "only evidence keys are swept");
        assertEquals(List.of(), incompleteUploads(prefix));
        assertEquals(List.of(referenced), objectKeys(prefix));
        assertEquals(List.of(notEvidence), objectKeys(notEvidence));
    }

    private void put(String key) throws Exception {
        byte[] bytes = EvidenceFixtures.pdf(1000, 9);
        storage.client()
                .putObject(PutObjectArgs.builder().bucket(storage.bucket()).object(key).stream(
                                new ByteArrayInputStream(bytes), (long) bytes.length, -1L)
                        .contentType("application/pdf")
                        .build());
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

    private List<String> incompleteUploads(String prefix) throws Exception {
        ListMultipartUploadsResult result = storage.asyncClient()
                .listMultipartUploads(ListMultipartUploadsArgs.builder()
                        .bucket(storage.bucket())
                        .prefix(prefix)
                        .build())
                .get()
                .result();
        return result.uploads().stream()
                .map(ListMultipartUploadsResult.Upload::objectName)
                .toList();
    }
}

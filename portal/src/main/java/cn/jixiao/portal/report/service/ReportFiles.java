package cn.jixiao.portal.report.service;

import cn.jixiao.platform.storage.ObjectStorage;
import cn.jixiao.platform.tenancy.Tenancy;
import cn.jixiao.portal.evaluation.sheet.SelfEvaluationSheet;
import cn.jixiao.portal.evaluation.sheet.SelfEvaluationTable;
import cn.jixiao.portal.evidence.EvidenceFile;
import cn.jixiao.portal.report.ReportAttachment;
import io.minio.CopyObjectArgs;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.SourceObject;
import io.minio.errors.MinioException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jboss.logging.Logger;

/**
 * Copies a report's attachments into the platform bucket under {@code reports/{tenant}/{reportId}/…}
 * and writes their rows. Object storage has no transactions: the objects written are removed again
 * when the publishing transaction rolls back, so a failed publication leaves nothing behind.
 */
@ApplicationScoped
public class ReportFiles {
    private static final Logger LOG = Logger.getLogger(ReportFiles.class);
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ObjectStorage storage;

    @Inject
    TransactionSynchronizationRegistry transactions;

    static String key(long reportId, int position, String fileName) {
        String tenant = Tenancy.current().orElseThrow(() -> new IllegalStateException("a report belongs to a region"));
        return "reports/" + tenant + "/" + reportId + "/" + position + "-" + fileName;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ReportAttachment attachTable(long reportId, int position, SelfEvaluationTable table) {
        var bytes = new ByteArrayOutputStream();
        try {
            SelfEvaluationSheet.write(table, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] content = bytes.toByteArray();
        String fileName = table.fileName();
        String key = key(reportId, position, fileName);
        removeOnRollback(key);
        try {
            storage.client()
                    .putObject(PutObjectArgs.builder().bucket(storage.bucket()).object(key).stream(
                                    new ByteArrayInputStream(content), (long) content.length, -1L)
                            .contentType(XLSX)
                            .build());
        } catch (MinioException e) {
            throw new IllegalStateException("could not store the report attachment " + key, e);
        }
        return row(reportId, position, table.title(), fileName, XLSX, content.length, key, sha256(content));
    }

    /** A copy of an evidence file (server-side, nothing passes through the portal). */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReportAttachment attachEvidence(long reportId, int position, EvidenceFile file) {
        String key = key(reportId, position, file.fileName);
        removeOnRollback(key);
        try {
            storage.client()
                    .copyObject(CopyObjectArgs.builder()
                            .bucket(storage.bucket())
                            .object(key)
                            .source(SourceObject.builder()
                                    .bucket(storage.bucket())
                                    .object(file.objectKey)
                                    .build())
                            .build());
        } catch (MinioException e) {
            throw new IllegalStateException("could not copy the evidence file " + file.objectKey, e);
        }
        String title = file.note == null || file.note.isBlank() ? file.fileName : file.note;
        return row(reportId, position, title, file.fileName, file.contentType, file.sizeBytes, key, file.sha256);
    }

    private static ReportAttachment row(
            long reportId,
            int position,
            String title,
            String fileName,
            String type,
            long size,
            String key,
            String sha) {
        var a = new ReportAttachment();
        a.reportId = reportId;
        a.position = position;
        a.title = title;
        a.fileName = fileName;
        a.mediaType = type;
        a.sizeBytes = size;
        a.objectKey = key;
        a.sha256 = sha;
        a.persist();
        return a;
    }

    private void removeOnRollback(String key) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    remove(key);
                }
            }
        });
    }

    private void remove(String key) {
        try {
            storage.client()
                    .removeObject(RemoveObjectArgs.builder()
                            .bucket(storage.bucket())
                            .object(key)
                            .build());
        } catch (MinioException | RuntimeException e) {
            LOG.errorf("could not remove the attachment %s of a failed publication: %s", key, e.getMessage());
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

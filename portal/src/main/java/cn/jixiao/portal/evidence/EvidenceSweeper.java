package cn.jixiao.portal.evidence;

import cn.jixiao.platform.storage.ObjectStorage;
import cn.jixiao.platform.tenancy.Tenancy;
import io.agroal.api.AgroalDataSource;
import io.minio.AbortMultipartUploadArgs;
import io.minio.ListMultipartUploadsArgs;
import io.minio.ListObjectsArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.messages.Item;
import io.minio.messages.ListMultipartUploadsResult;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Sweeps what an upload leaves in object storage when the storage itself was what failed: {@link PartedPut}
 * aborts its multipart upload and {@link EvidenceIntake} removes its object, but while S3 is down those calls
 * fail too, so an incomplete multipart upload (parts S3 keeps, unseen and stored) or an object without a
 * row can remain once S3 is back. Every {@code jixiao.evidence.sweep.every} each instance aborts the
 * incomplete multipart uploads of evidence keys begun more than {@code older-than} ago and removes the
 * evidence objects stored more than {@code older-than} ago that no {@code evidence_file} row refers to,
 * and logs each. The age keeps it off uploads in progress (a row is saved seconds after its object is
 * complete); only keys under {@code <region>/evidence/} are looked at, never imports, device documents or
 * report attachments. Two instances sweeping at once do the same idempotent removals.
 */
@ApplicationScoped
public class EvidenceSweeper {
    private static final Logger LOG = Logger.getLogger(EvidenceSweeper.class);
    private static final int BATCH = 500;

    @Inject
    ObjectStorage storage;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EvidenceConfig config;

    /** What one sweep removed: the keys of the aborted uploads and of the removed objects. */
    public record Swept(List<String> abortedUploads, List<String> removedObjects) {}

    @Scheduled(
            identity = "evidence-sweep",
            every = "{jixiao.evidence.sweep.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            sweep(Instant.now().minus(config.sweep().olderThan()));
        } catch (Exception e) {
            // S3 or the database is away: the next run tries again
            LOG.warnf(
                    "evidence sweep failed, tried again in %s: %s",
                    config.sweep().every(), e);
        }
    }

    /** Aborts and removes what was left before {@code cutoff} (the scheduled run passes now - older-than). */
    public Swept sweep(Instant cutoff) throws Exception {
        List<String> aborted = abortIncompleteUploads(cutoff);
        List<String> removed = new ArrayList<>();
        for (String tenant : tenants()) {
            removed.addAll(removeUnreferenced(tenant, cutoff));
        }
        if (!aborted.isEmpty() || !removed.isEmpty()) {
            LOG.infof(
                    "evidence sweep: aborted %d incomplete upload(s), removed %d object(s) no row refers to",
                    aborted.size(), removed.size());
        }
        return new Swept(aborted, removed);
    }

    private List<String> abortIncompleteUploads(Instant cutoff) throws Exception {
        var aborted = new ArrayList<String>();
        String keyMarker = null;
        String uploadIdMarker = null;
        while (true) {
            ListMultipartUploadsResult page = storage.asyncClient()
                    .listMultipartUploads(ListMultipartUploadsArgs.builder()
                            .bucket(storage.bucket())
                            .keyMarker(keyMarker)
                            .uploadIdMarker(uploadIdMarker)
                            .build())
                    .get()
                    .result();
            for (var upload : page.uploads()) {
                String key = upload.objectName();
                // an upload whose start S3 does not tell is never taken for an old one
                if (!isEvidenceKey(key)
                        || upload.initiated() == null
                        || !upload.initiated().toInstant().isBefore(cutoff)) {
                    continue;
                }
                storage.asyncClient()
                        .abortMultipartUpload(AbortMultipartUploadArgs.builder()
                                .bucket(storage.bucket())
                                .object(key)
                                .uploadId(upload.uploadId())
                                .build())
                        .get();
                LOG.infof("evidence sweep: aborted the incomplete upload of %s (begun %s)", key, upload.initiated());
                aborted.add(key);
            }
            if (!page.isTruncated() || page.nextKeyMarker() == null) {
                return aborted;
            }
            keyMarker = page.nextKeyMarker();
            uploadIdMarker = page.nextUploadIdMarker();
        }
    }

    private List<String> removeUnreferenced(String tenant, Instant cutoff) throws Exception {
        var removed = new ArrayList<String>();
        var batch = new ArrayList<String>();
        for (Result<Item> result : storage.client()
                .listObjects(ListObjectsArgs.builder()
                        .bucket(storage.bucket())
                        .prefix(tenant + "/evidence/")
                        .recursive(true)
                        .build())) {
            Item item = result.get();
            if (item.isDir()
                    || item.lastModified() == null
                    || !item.lastModified().toInstant().isBefore(cutoff)) {
                continue;
            }
            batch.add(item.objectName());
            if (batch.size() == BATCH) {
                removed.addAll(removeUnreferenced(tenant, batch));
                batch.clear();
            }
        }
        removed.addAll(removeUnreferenced(tenant, batch));
        return removed;
    }

    /** Removes those of {@code keys} (the region's) that no row of the region refers to. */
    private List<String> removeUnreferenced(String tenant, List<String> keys) throws Exception {
        if (keys.isEmpty()) {
            return List.of();
        }
        // asked inside the region, as the app role: both tenancy locks hold, as for every other read
        Set<String> referenced = Tenancy.runAs(tenant, () -> referenced(keys));
        var removed = new ArrayList<String>();
        for (String key : keys) {
            if (referenced.contains(key)) {
                continue;
            }
            storage.client()
                    .removeObject(RemoveObjectArgs.builder()
                            .bucket(storage.bucket())
                            .object(key)
                            .build());
            LOG.infof("evidence sweep: removed %s (no evidence file refers to it)", key);
            removed.add(key);
        }
        return removed;
    }

    private Set<String> referenced(List<String> keys) throws Exception {
        var referenced = new HashSet<String>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("select object_key from evidence_file where object_key = any(?)")) {
            s.setArray(1, c.createArrayOf("text", keys.toArray()));
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    referenced.add(rows.getString(1));
                }
            }
        }
        return referenced;
    }

    /** Regions in use; an offboarded region's files are left to its offboarding (export, then removal). */
    private List<String> tenants() throws Exception {
        var tenants = new ArrayList<String>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select code from tenant where status in ('ACTIVE', 'SUSPENDED') order by code");
                ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                tenants.add(rows.getString(1));
            }
        }
        return tenants;
    }

    /** {@code <region>/evidence/…}: the keys {@link EvidenceIntake} makes. */
    static boolean isEvidenceKey(String key) {
        int slash = key.indexOf('/');
        return slash > 0 && key.startsWith("/evidence/", slash);
    }
}

package cn.jixiao.portal.evidence;

import cn.jixiao.platform.tenancy.Tenancy;
import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.audit.AuditTrail;
import cn.jixiao.portal.web.ContentDisposition;
import cn.jixiao.portal.web.Refusals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of evidence files: who may add, read and delete them, saving one (within the region's quota,
 * as a new file or a new version), listing an owner's files, issuing download links. Every change and
 * every link is audited (entity {@value #ENTITY}). Object storage is the caller's ({@link EvidenceIntake}).
 */
@ApplicationScoped
public class EvidenceService {
    static final String ENTITY = "Evidence";
    public static final String NOT_FOUND = "佐证资料不存在 (no such evidence file)";

    /** The schema's default quota, when the region has no settings row yet (10 GiB). */
    static final long DEFAULT_QUOTA = 10L * 1024 * 1024 * 1024;

    @Inject
    EvidenceOwners owners;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager em;

    @Inject
    EvidenceStore store;

    @Inject
    EvidenceConfig config;

    /** A file's owner and the lineage a new version joins (null for a new file). */
    public record Target(EvidenceOwner owner, Long lineageId) {}

    /** 404, 403 or 409 before any byte is stored: the owner, if the user may add files to it now. */
    @Transactional
    public Target newFile(OwnerKind kind, long ownerId) {
        EvidenceOwner owner = owners.find(kind, ownerId);
        requireOpen(owner);
        return new Target(owner, null);
    }

    /** The same for a new version of file {@code id} (any version of it). */
    @Transactional
    public Target newVersion(long id) {
        EvidenceFile file = find(id);
        EvidenceOwner owner = owners.find(file.ownerKind, file.ownerId);
        requireOpen(owner);
        return new Target(owner, lineageOf(file));
    }

    private void requireOpen(EvidenceOwner owner) {
        owners.requireEdit(owner);
        if (!owner.open()) {
            throw Refusals.conflict(
                    "evidence_locked",
                    "评价已提交或已审核通过，不能再添加佐证资料 (the evaluation has been submitted or approved; no more evidence can be added)");
        }
    }

    /** 413 now, before the upload, when a file of {@code size} bytes would not fit the region's quota. */
    @Transactional
    public void requireRoom(long size) {
        checkQuota(size);
    }

    /**
     * Saves the row of a file already stored, after checking the rights and the owner's state again and
     * the quota under the region's lock (two uploads of one region are counted one after the other).
     */
    @Transactional
    public EvidenceView save(Target target, StoredFile stored, EvidenceScanner.Result scan) {
        String tenant = Tenancy.current().orElseThrow();
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "evidence-quota:" + tenant)
                .getSingleResult();
        EvidenceOwner owner = owners.find(target.owner().kind(), target.owner().id());
        requireOpen(owner);
        checkQuota(stored.size());
        var file = new EvidenceFile();
        file.ownerKind = owner.kind();
        file.ownerId = owner.id();
        file.evaluationId = owner.evaluationId();
        file.departmentId = owner.departmentId();
        file.fileName = stored.fileName();
        file.contentType = stored.type().contentType;
        file.sizeBytes = stored.size();
        file.objectKey = stored.objectKey();
        file.sha256 = stored.sha256();
        file.scanStatus = scan.verdict().name();
        file.scanNote = scan.note();
        file.scannedAt = OffsetDateTime.now();
        file.uploadedBy = access.actor();
        EvidenceView before = null;
        if (target.lineageId() != null) {
            List<EvidenceFile> lineage = EvidenceFile.lineage(target.lineageId());
            if (lineage.isEmpty()) {
                throw new NotFoundException(NOT_FOUND);
            }
            EvidenceFile newest = lineage.get(0);
            before = EvidenceView.of(newest);
            lineage.forEach(f -> f.current = false);
            file.lineageId = target.lineageId();
            file.versionNo = newest.versionNo + 1;
            em.flush(); // the old row stops being current before the new one is
        }
        file.persistAndFlush();
        if (file.lineageId == null) {
            file.lineageId = file.id;
        }
        em.flush();
        em.refresh(file); // uploaded_at is the database's
        var view = EvidenceView.of(file);
        audit.record(target.lineageId() == null ? "UPLOAD" : "VERSION", ENTITY, file.id, before, view);
        return view;
    }

    private void checkQuota(long incoming) {
        Object quotaRow = em.createNativeQuery("select coalesce(max(evidence_quota_bytes), ?1) from tenant_setting")
                .setParameter(1, DEFAULT_QUOTA)
                .getSingleResult();
        long quota = ((Number) quotaRow).longValue();
        long used = ((Number) em.createNativeQuery("select coalesce(sum(size_bytes), 0) from evidence_file")
                        .getSingleResult())
                .longValue();
        if (used + incoming > quota) {
            throw Refusals.of(
                    413,
                    "quota_exceeded",
                    "存储空间已满：本地区佐证资料已用 " + mb(used) + " MB，上限 " + mb(quota) + " MB，本文件 " + mb(incoming)
                            + " MB (the region's evidence storage is full: " + mb(used) + " MB of " + mb(quota)
                            + " MB used, this file needs " + mb(incoming) + " MB)");
        }
    }

    private static String mb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1024.0 / 1024.0);
    }

    /** The owner's current files, each with its older versions. */
    @Transactional
    public List<EvidenceView> list(OwnerKind kind, long ownerId) {
        owners.readable(kind, ownerId);
        Map<Long, List<EvidenceFile>> byLineage = new LinkedHashMap<>();
        for (EvidenceFile f : EvidenceFile.ofOwner(kind, ownerId)) {
            byLineage.computeIfAbsent(lineageOf(f), k -> new ArrayList<>()).add(f);
        }
        var views = new ArrayList<EvidenceView>();
        for (List<EvidenceFile> versions : byLineage.values()) {
            EvidenceFile newest = versions.get(0);
            views.add(EvidenceView.of(
                    newest,
                    versions.subList(1, versions.size()).stream()
                            .map(EvidenceView::of)
                            .toList()));
        }
        return views;
    }

    /** A short-lived download link for a file the user may read (any version), audited. */
    @Transactional
    public EvidenceLink link(long id) {
        EvidenceFile file = find(id);
        owners.requireRead(owners.find(file.ownerKind, file.ownerId));
        FileType type = FileType.ofContentType(file.contentType).orElse(FileType.PDF);
        String disposition =
                ContentDisposition.attachment(FileNames.asciiFallback("evidence", file.id, type), file.fileName);
        var ttl = config.linkTtl();
        String url = store.presignedGet(file.objectKey, ttl, disposition, type.contentType);
        var link = new EvidenceLink(
                file.id, file.fileName, url, OffsetDateTime.now().plus(ttl));
        audit.record("LINK", ENTITY, file.id, null, new LinkIssued(file.id, file.fileName, link.expiresAt()));
        return link;
    }

    /** What the audit keeps of a link: never the link itself (it would open the file). */
    record LinkIssued(long id, String fileName, OffsetDateTime expiresAt) {}

    /**
     * Deletes a file with all its versions, while the evaluation (or target) is a draft; returns the object
     * keys, for the caller to remove once this is committed.
     */
    @Transactional
    public List<String> delete(long id) {
        EvidenceFile file = find(id);
        EvidenceOwner owner = owners.find(file.ownerKind, file.ownerId);
        owners.requireEdit(owner);
        if (!owner.draft()) {
            throw Refusals.conflict(
                    "evidence_locked",
                    "评价已提交，佐证资料只能在草稿阶段删除 (evidence can be deleted only while the evaluation is a draft)");
        }
        List<EvidenceFile> lineage = EvidenceFile.lineage(lineageOf(file));
        var keys = new ArrayList<String>();
        for (EvidenceFile f : lineage) {
            keys.add(f.objectKey);
            audit.record("DELETE", ENTITY, f.id, EvidenceView.of(f), null);
            f.delete();
        }
        return keys;
    }

    /** Whether the file has passed the scanner (CLEAN), as publication requires. */
    @Transactional
    public boolean isClean(long id) {
        return EvidenceFile.<EvidenceFile>findByIdOptional(id)
                .map(f -> "CLEAN".equals(f.scanStatus))
                .orElse(false);
    }

    private static EvidenceFile find(long id) {
        return EvidenceFile.<EvidenceFile>findByIdOptional(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    private static long lineageOf(EvidenceFile f) {
        return f.lineageId == null ? f.id : f.lineageId;
    }
}

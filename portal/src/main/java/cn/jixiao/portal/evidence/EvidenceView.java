package cn.jixiao.portal.evidence;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One evidence file as the API shows it; a current file lists its older versions (newest first), an
 * older version lists none. {@code downloadUrl} is the page link that redirects to a short-lived one.
 */
public record EvidenceView(
        long id,
        OwnerKind ownerKind,
        long ownerId,
        long lineageId,
        int versionNo,
        boolean current,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        String scanStatus,
        String scanNote,
        String uploadedBy,
        OffsetDateTime uploadedAt,
        String downloadUrl,
        List<EvidenceView> versions) {

    static EvidenceView of(EvidenceFile f, List<EvidenceView> versions) {
        return new EvidenceView(
                f.id,
                f.ownerKind,
                f.ownerId,
                f.lineageId == null ? f.id : f.lineageId,
                f.versionNo,
                f.current,
                f.fileName,
                f.contentType,
                f.sizeBytes,
                f.sha256,
                f.scanStatus,
                f.scanNote,
                f.uploadedBy,
                f.uploadedAt,
                "/evidence/" + f.id + "/download",
                versions);
    }

    static EvidenceView of(EvidenceFile f) {
        return of(f, List.of());
    }
}

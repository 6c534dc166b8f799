package cn.jixiao.portal.kiosk.dto;

import cn.jixiao.portal.kiosk.DeviceDocument;
import cn.jixiao.portal.kiosk.DocumentKind;
import java.time.OffsetDateTime;

/** A device document as listed: what it proves, the file, its checksum and who uploaded it. */
public record DocumentView(
        long id,
        DocumentKind kind,
        String kindLabel,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        String uploadedBy,
        OffsetDateTime uploadedAt) {

    public static DocumentView of(DeviceDocument d) {
        return new DocumentView(
                d.id,
                d.kind,
                d.kind.label,
                d.fileName,
                d.contentType,
                d.sizeBytes,
                d.sha256,
                d.uploadedBy,
                d.uploadedAt);
    }
}

package cn.jixiao.portal.kiosk.service;

import cn.jixiao.portal.evidence.EvidenceUpload;
import cn.jixiao.portal.kiosk.DocumentKind;
import cn.jixiao.portal.kiosk.dto.DocumentView;
import cn.jixiao.portal.web.Refusals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Adds a document to a device: who may (404 and 403 first, before any complaint about the input), what
 * kind of document it is, then the shared evidence upload (checks, storage, the row saved with it).
 */
@ApplicationScoped
public class DocumentUpload {
    @Inject
    DocumentService documents;

    @Inject
    EvidenceUpload evidence;

    public DocumentView upload(long deviceId, String kindCode, FileUpload file) {
        DocumentKind asked = kindOrNull(kindCode);
        documents.requireUploader(deviceId, asked);
        if (asked == null) {
            String allowed =
                    Arrays.stream(DocumentKind.values()).map(Enum::name).collect(Collectors.joining(", "));
            throw Refusals.invalid("kind", "请选择文件类别，应为以下之一：" + allowed + " (kind must be one of " + allowed + ")");
        }
        return evidence.store("devices/" + deviceId, file, stored -> documents.save(deviceId, asked, stored));
    }

    private static DocumentKind kindOrNull(String code) {
        try {
            return code == null ? null : DocumentKind.valueOf(code.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}

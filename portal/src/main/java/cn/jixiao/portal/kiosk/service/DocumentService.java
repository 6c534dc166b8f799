package cn.jixiao.portal.kiosk.service;

import cn.jixiao.portal.audit.AuditTrail;
import cn.jixiao.portal.evidence.StoredFile;
import cn.jixiao.portal.kiosk.Device;
import cn.jixiao.portal.kiosk.DeviceDocument;
import cn.jixiao.portal.kiosk.DocumentKind;
import cn.jixiao.portal.kiosk.KioskAccess;
import cn.jixiao.portal.kiosk.dto.DocumentView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.List;

/** Device documents' rows: who may add them, saving one with its audit entry, listing, finding one to send. */
@ApplicationScoped
public class DocumentService {
    static final String ENTITY = "DeviceDocument";
    public static final String NOT_FOUND = "文件不存在 (no such document)";

    /** A stored document and where its bytes are. */
    public record Stored(DocumentView view, String objectKey) {}

    @Inject
    KioskAccess access;

    @Inject
    AuditTrail audit;

    /**
     * 404 for a missing (or another region's) device, else 403 unless the user may add this kind:
     * the buyer's editors add any kind, the network sign-off unit adds its sign-off. A null kind (not
     * given or not understood) lets through whoever may add some kind, to be told what is wrong.
     */
    @Transactional
    public void requireUploader(long deviceId, DocumentKind kind) {
        Device device = Device.<Device>findByIdOptional(deviceId)
                .orElseThrow(() -> new NotFoundException(KioskAccess.DEVICE_NOT_FOUND));
        if ((kind == null || kind == DocumentKind.NETWORK_SIGN_OFF) && access.canSignOffNetwork()) {
            return;
        }
        access.readableDevice(deviceId);
        access.requireEditDevice(device);
    }

    /** Saves the row of a document already in storage (checking the rights again in this transaction). */
    @Transactional
    public DocumentView save(long deviceId, DocumentKind kind, StoredFile file) {
        requireUploader(deviceId, kind);
        var document = new DeviceDocument();
        document.deviceId = deviceId;
        document.kind = kind;
        document.fileName = file.fileName();
        document.contentType = file.type().contentType;
        document.sizeBytes = file.size();
        document.objectKey = file.objectKey();
        document.sha256 = file.sha256();
        document.uploadedBy = access.actor();
        document.persistAndFlush();
        DeviceDocument.getEntityManager().refresh(document); // uploaded_at is the database's
        var view = DocumentView.of(document);
        audit.record("UPLOAD", ENTITY, document.id, null, view);
        return view;
    }

    @Transactional
    public List<DocumentView> list(long deviceId) {
        access.readableDevice(deviceId);
        return DeviceDocument.<DeviceDocument>list("deviceId = ?1 order by uploadedAt desc, id desc", deviceId).stream()
                .map(DocumentView::of)
                .toList();
    }

    @Transactional
    public Stored forDownload(long deviceId, long documentId) {
        access.readableDevice(deviceId);
        DeviceDocument document = DeviceDocument.<DeviceDocument>findByIdOptional(documentId)
                .filter(d -> d.deviceId == deviceId)
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
        return new Stored(DocumentView.of(document), document.objectKey);
    }
}

package cn.jixiao.portal.kiosk.service;

import cn.jixiao.platform.tenancy.Tenancy;
import cn.jixiao.platform.web.ApiError;
import cn.jixiao.portal.evidence.EvidenceConfig;
import cn.jixiao.portal.evidence.EvidenceStore;
import cn.jixiao.portal.evidence.FileType;
import cn.jixiao.portal.kiosk.DocumentKind;
import cn.jixiao.portal.kiosk.dto.DocumentView;
import cn.jixiao.portal.web.Refusals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Adds a document to a device: rights first, then the file is checked (present, not empty, not too
 * big, an accepted type by its content), streamed to object storage, and its row saved. Nothing is
 * kept when any step fails: the object is removed again if the row cannot be saved.
 */
@ApplicationScoped
public class DocumentUpload {
    private static final int MAX_NAME = 200;

    @Inject
    DocumentService documents;

    @Inject
    EvidenceStore store;

    @Inject
    EvidenceConfig config;

    public DocumentView upload(long deviceId, String kindCode, FileUpload file) throws IOException {
        Optional<DocumentKind> asked = kind(kindCode);
        documents.requireUploader(
                deviceId, asked.orElse(null)); // 404 and 403 come before any complaint about the input
        DocumentKind kind = asked.orElseThrow(DocumentUpload::badKind);
        if (file == null || file.uploadedFile() == null) {
            throw refuse(400, "invalid", "请选择要上传的文件 (no file uploaded)");
        }
        long size = file.size();
        if (size == 0) {
            throw refuse(400, "invalid", "文件是空的 (the file is empty)");
        }
        long max = config.maxSize().asLongValue();
        if (size > max) {
            throw refuse(
                    413,
                    "too_large",
                    "文件太大，上限为 " + megabytes(max) + " MB (the file is larger than " + megabytes(max) + " MB)");
        }
        FileType type = FileType.of(file.uploadedFile())
                .orElseThrow(() -> refuse(
                        415,
                        "unsupported_type",
                        "不支持的文件类型，只接受 " + FileType.ALLOWED
                                + " (unsupported file type; accepted: PDF, JPEG, PNG, OFD, DOCX, XLSX)"));
        String key = EvidenceStore.newKey(tenant(), deviceId);
        String sha256 = store.put(key, file.uploadedFile(), size, type.contentType);
        try {
            return documents.save(deviceId, kind, fileName(file.fileName(), type), type, size, key, sha256);
        } catch (RuntimeException e) {
            store.removeQuietly(key);
            throw e;
        }
    }

    private static Optional<DocumentKind> kind(String code) {
        return Arrays.stream(DocumentKind.values())
                .filter(k -> code != null && k.name().equals(code.strip()))
                .findFirst();
    }

    private static RuntimeException badKind() {
        String allowed = Arrays.stream(DocumentKind.values()).map(Enum::name).collect(Collectors.joining(", "));
        return Refusals.invalid("kind", "请选择文件类别，应为以下之一：" + allowed + " (kind must be one of " + allowed + ")");
    }

    /** The name without any folders the browser sent, bounded; a name-less upload is named after its type. */
    static String fileName(String given, FileType type) {
        // control characters (a NUL above all) have no place in a name and PostgreSQL refuses NUL in text
        String name = given == null ? "" : given.replaceAll("\\p{Cntrl}", "").strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.isEmpty()) {
            return "document." + type.name().toLowerCase(Locale.ROOT);
        }
        return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
    }

    private static long megabytes(long bytes) {
        return Math.max(1, bytes / 1024 / 1024);
    }

    private static ClientErrorException refuse(int status, String error, String message) {
        return new ClientErrorException(Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(ApiError.of(status, error, message))
                .build());
    }

    private static String tenant() {
        return Tenancy.current().orElseThrow(() -> new IllegalStateException("a document belongs to a region"));
    }
}

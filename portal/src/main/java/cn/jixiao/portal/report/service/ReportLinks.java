package cn.jixiao.portal.report.service;

import cn.jixiao.platform.storage.ObjectStorage;
import cn.jixiao.portal.report.Report;
import cn.jixiao.portal.report.ReportAttachment;
import cn.jixiao.portal.web.ContentDisposition;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.Http;
import io.minio.errors.MinioException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * Download links of a report's attachments: short-lived presigned S3 links (as evidence downloads are),
 * for users who may read the report; another region's report is a 404, another department's a 403.
 * Every link issued is in the audit log with its expiry, never the link itself.
 */
@ApplicationScoped
public class ReportLinks {
    static final String NO_ATTACHMENT = "附件不存在 (no such attachment)";

    @Inject
    ObjectStorage storage;

    @Inject
    ReportLinkConfig config;

    @Inject
    ReportAudit audit;

    /** A link to attachment {@code position} (from 1) of the report. */
    @Transactional
    public AttachmentLink link(Caller caller, long reportId, int position) {
        Report r = ReportRights.readable(caller, reportId);
        ReportAttachment a = ReportAttachment.<ReportAttachment>find("reportId = ?1 and position = ?2", r.id, position)
                .firstResultOptional()
                .orElseThrow(() -> new NotFoundException(NO_ATTACHMENT));
        var ttl = config.ttl();
        String url;
        try {
            url = storage.presigner()
                    .getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder()
                            .method(Http.Method.GET)
                            .bucket(storage.bucket())
                            .object(a.objectKey)
                            .expiry((int) ttl.toSeconds())
                            .extraQueryParams(Map.of(
                                    "response-content-disposition",
                                    ContentDisposition.attachment(asciiName(r.id, a), a.fileName),
                                    "response-content-type",
                                    a.mediaType == null ? "application/octet-stream" : a.mediaType))
                            .build());
        } catch (MinioException e) {
            throw new IllegalStateException("could not sign a link to the report attachment " + a.objectKey, e);
        }
        var link = new AttachmentLink(
                r.id, a.position, a.fileName, url, OffsetDateTime.now().plus(ttl));
        audit.record(
                caller,
                "LINK",
                r.id,
                null,
                Map.of(
                        "position",
                        a.position,
                        "fileName",
                        a.fileName,
                        "expiresAt",
                        link.expiresAt().toString()));
        return link;
    }

    /** The name for clients that cannot read filename*: ASCII, with the file's own extension when it is one. */
    static String asciiName(long reportId, ReportAttachment a) {
        String name = a.fileName == null ? "" : a.fileName;
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot);
        if (!extension.matches("\\.[A-Za-z0-9]{1,8}")) {
            extension = "";
        }
        return "report-" + reportId + "-" + a.position + extension;
    }

    /** GET /api/reports/{id}/attachments/{position}/link: a presigned link and when it stops working. */
    public record AttachmentLink(long reportId, int position, String fileName, String url, OffsetDateTime expiresAt) {}
}

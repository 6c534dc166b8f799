package cn.jixiao.publicsite.report;

import cn.jixiao.platform.storage.ObjectStorage;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.Http;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Short-lived download links for report attachments: the page links to the site, which signs a fresh
 * S3 link at each click, so no page ever holds one that expires while it is open.
 */
@ApplicationScoped
public class AttachmentLinks {
    /** Long enough to start a download on a slow line, too short to pass the link around. */
    public static final Duration VALID_FOR = Duration.ofMinutes(5);

    @Inject
    ObjectStorage storage;

    public String presignedGet(ReportAttachment attachment) {
        try {
            return storage.presigner()
                    .getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder()
                            .method(Http.Method.GET)
                            .bucket(storage.bucket())
                            .object(attachment.objectKey())
                            .expiry((int) VALID_FOR.toSeconds())
                            .extraQueryParams(Map.of(
                                    "response-content-disposition", disposition(attachment),
                                    "response-content-type", attachment.mediaType()))
                            .build());
        } catch (Exception e) {
            throw new IllegalStateException("could not sign a link to attachment " + attachment.objectKey(), e);
        }
    }

    /** Keeps a Chinese file name in every browser (RFC 6266 / 5987): an ASCII name for old ones, UTF-8 for the rest. */
    static String disposition(ReportAttachment attachment) {
        String encoded =
                URLEncoder.encode(attachment.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        String ascii = "attachment-" + attachment.position()
                + (attachment.type().isEmpty() ? "" : "." + attachment.type().toLowerCase(java.util.Locale.ROOT));
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}

package cn.jixiao.portal.evidence;

import cn.jixiao.portal.web.ContentDisposition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;

/**
 * Sends a stored evidence file as a download: streamed from object storage, its type as detected at
 * upload, its stored (cleaned) name for browsers that read filename*, and for the rest an ASCII name
 * whose extension is the real type's.
 */
@ApplicationScoped
public class EvidenceDownload {
    @Inject
    EvidenceStore store;

    /**
     * @param stem the ASCII stem of the fallback name, e.g. "document"
     * @param id the record's id, so fallback names differ
     */
    public Response send(String objectKey, String fileName, String contentType, long size, String stem, long id) {
        FileType type = FileType.ofContentType(contentType).orElse(FileType.PDF);
        InputStream content = store.open(objectKey);
        StreamingOutput body = out -> {
            try (content) {
                content.transferTo(out);
            }
        };
        return Response.ok(body, type.contentType)
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment(FileNames.asciiFallback(stem, id, type), fileName))
                .header("Content-Length", size)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}

package cn.jixiao.portal.kiosk.rest;

import cn.jixiao.portal.evidence.EvidenceStore;
import cn.jixiao.portal.kiosk.dto.DocumentView;
import cn.jixiao.portal.kiosk.service.DocumentService;
import cn.jixiao.portal.kiosk.service.DocumentUpload;
import cn.jixiao.portal.transfer.web.ContentDisposition;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** 设备佐证资料: delivery notes, acceptance reports and network sign-offs of one device. */
@Path("/api/kiosks/devices/{id}/documents")
public class DocumentApi {
    @Inject
    DocumentUpload uploads;

    @Inject
    DocumentService documents;

    @Inject
    EvidenceStore store;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "上传设备文件 (upload a document: multipart file and kind; PDF, JPEG, PNG, OFD, DOCX or XLSX)")
    public RestResponse<DocumentView> upload(
            @PathParam("id") long id, @RestForm("kind") String kind, @RestForm("file") FileUpload file)
            throws IOException {
        return RestResponse.status(Response.Status.CREATED, uploads.upload(id, kind, file));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "设备的文件 (the device's documents, newest first)")
    public List<DocumentView> list(@PathParam("id") long id) {
        return documents.list(id);
    }

    @GET
    @Path("/{documentId}")
    @Operation(summary = "下载设备文件 (download a document as uploaded)")
    public Response download(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        var stored = documents.forDownload(id, documentId);
        DocumentView view = stored.view();
        InputStream content = store.open(stored.objectKey());
        StreamingOutput body = out -> {
            try (content) {
                content.transferTo(out);
            }
        };
        return Response.ok(body, view.contentType())
                .header("Content-Disposition", ContentDisposition.attachment(asciiName(view), view.fileName()))
                .header("Content-Length", view.sizeBytes())
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** For clients that ignore filename*: the document's id and the extension of its real type. */
    private static String asciiName(DocumentView view) {
        String name = view.fileName();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot).replaceAll("[^A-Za-z0-9.]", "");
        return "document-" + view.id() + extension.toLowerCase(Locale.ROOT);
    }
}

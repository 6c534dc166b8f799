package cn.jixiao.portal.kiosk.rest;

import cn.jixiao.portal.evidence.EvidenceDownload;
import cn.jixiao.portal.kiosk.dto.DocumentView;
import cn.jixiao.portal.kiosk.service.DocumentService;
import cn.jixiao.portal.kiosk.service.DocumentUpload;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
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
    EvidenceDownload downloads;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "上传设备文件 (upload a document: multipart file and kind; PDF, JPEG, PNG, OFD, DOCX or XLSX)")
    public RestResponse<DocumentView> upload(
            @PathParam("id") long id, @RestForm("kind") String kind, @RestForm("file") FileUpload file) {
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
        return downloads.send(
                stored.objectKey(), view.fileName(), view.contentType(), view.sizeBytes(), "document", view.id());
    }
}

package cn.jixiao.portal.evidence;

import cn.jixiao.portal.web.Refusals;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * 佐证资料: files proving an evaluation, an indicator, an item (e.g. a rectification), a target, a contract
 * or a device. The body of an upload is the file itself ({@code application/octet-stream}), its name in
 * {@code X-File-Name} (UTF-8, percent-encoded); downloads go through short-lived presigned links.
 */
@Path("/api/evidence")
public class EvidenceApi {
    static final String FILE_NAME_HEADER = "X-File-Name";

    @Inject
    EvidenceIntake intake;

    @Inject
    EvidenceService service;

    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "上传佐证资料 (upload an evidence file: the raw body, its name in X-File-Name)")
    public RestResponse<EvidenceView> upload(
            @QueryParam("ownerKind") String ownerKind,
            @QueryParam("ownerId") Long ownerId,
            @HeaderParam(FILE_NAME_HEADER) String fileName,
            @HeaderParam("Content-Length") Long contentLength,
            InputStream body) {
        OwnerKind kind = kind(ownerKind);
        if (ownerId == null) {
            throw Refusals.invalid("ownerId", "请指定所属记录 (ownerId is required)");
        }
        return RestResponse.status(
                Response.Status.CREATED, intake.upload(kind, ownerId, fileName, contentLength, body));
    }

    @POST
    @Path("/{id}/versions")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "上传新版本 (a new version of a file; the old one is kept)")
    public RestResponse<EvidenceView> newVersion(
            @PathParam("id") long id,
            @HeaderParam(FILE_NAME_HEADER) String fileName,
            @HeaderParam("Content-Length") Long contentLength,
            InputStream body) {
        return RestResponse.status(Response.Status.CREATED, intake.newVersion(id, fileName, contentLength, body));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "记录的佐证资料 (an owner's current files, each with its older versions)")
    public List<EvidenceView> list(@QueryParam("ownerKind") String ownerKind, @QueryParam("ownerId") Long ownerId) {
        OwnerKind kind = kind(ownerKind);
        if (ownerId == null) {
            throw Refusals.invalid("ownerId", "请指定所属记录 (ownerId is required)");
        }
        return service.list(kind, ownerId);
    }

    @GET
    @Path("/{id}/link")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "下载链接 (a presigned download link, valid for a few minutes)")
    public EvidenceLink link(@PathParam("id") long id) {
        return service.link(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "删除佐证资料 (deletes a file with all its versions; only while the evaluation is a draft)")
    public RestResponse<Void> delete(@PathParam("id") long id) {
        intake.delete(id);
        return RestResponse.noContent();
    }

    private static OwnerKind kind(String code) {
        return OwnerKind.parse(code)
                .orElseThrow(() -> Refusals.invalid(
                        "ownerKind",
                        "所属记录类别应为 EVALUATION、INDICATOR、ITEM、TARGET、CONTRACT 或 DEVICE"
                                + " (ownerKind must be EVALUATION, INDICATOR, ITEM, TARGET, CONTRACT or DEVICE)"));
    }
}

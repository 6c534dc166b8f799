package cn.jixiao.portal.transfer.web;

import cn.jixiao.portal.kiosk.UsageRights;
import cn.jixiao.portal.me.MeService;
import cn.jixiao.portal.me.MeView;
import cn.jixiao.portal.security.SignedInUser;
import cn.jixiao.portal.tabular.UnreadableFileException;
import cn.jixiao.portal.transfer.ImportFlow;
import cn.jixiao.portal.transfer.ImportReport;
import cn.jixiao.portal.transfer.TransferFilter;
import cn.jixiao.portal.transfer.TransferRights;
import cn.jixiao.portal.transfer.TransferService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * /transfer: export links and upload forms for each sheet; an upload shows its preview (errors
 * marked on their row and column) and, when the file is clean, a button that saves it.
 */
@Path("/transfer")
@Produces(MediaType.TEXT_HTML)
public class TransferPages {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(MeView me, List<SheetView> sheets, boolean usageImport, String error);

        static native TemplateInstance report(MeView me, ImportReport report);
    }

    @Inject
    TransferService transfers;

    @Inject
    ImportFlow imports;

    @Inject
    TransferRights rights;

    @Inject
    SignedInUser user;

    @Inject
    MeService me;

    @Inject
    UsageRights usage;

    @GET
    public TemplateInstance index() {
        return Templates.index(me(), sheets(), usage.mayImport(), null);
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response preview(@RestForm String sheet, @RestForm FileUpload file, @RestForm String projectId)
            throws IOException, SQLException {
        try {
            var filter = new TransferFilter(null, Params.optionalLong(projectId, "项目ID"));
            var report = imports.upload(transfers.sheet(sheet), file, Optional.empty(), filter, false);
            return Response.ok(Templates.report(me(), report)).build();
        } catch (UnreadableFileException e) {
            return failed(e.status(), e.getMessage());
        } catch (WebApplicationException e) {
            return failed(e.getResponse().getStatus(), e.getMessage());
        }
    }

    @POST
    @Path("confirm")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response confirm(@RestForm String token) throws IOException, SQLException {
        try {
            var report = imports.confirm(null, token);
            return Response.status(report.committed() ? 200 : 422)
                    .entity(Templates.report(me(), report))
                    .build();
        } catch (UnreadableFileException e) {
            return failed(e.status(), e.getMessage());
        } catch (WebApplicationException e) {
            return failed(e.getResponse().getStatus(), e.getMessage());
        }
    }

    private Response failed(int status, String message) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.index(me(), sheets(), usage.mayImport(), message))
                .build();
    }

    private List<SheetView> sheets() {
        return transfers.sheets().stream().map(s -> SheetView.of(s, rights)).toList();
    }

    private MeView me() {
        return me.describe(user.get());
    }
}

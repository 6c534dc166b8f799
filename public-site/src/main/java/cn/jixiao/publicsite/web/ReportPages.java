package cn.jixiao.publicsite.web;

import cn.jixiao.publicsite.region.RegionIdentities;
import cn.jixiao.publicsite.report.AttachmentLinks;
import cn.jixiao.publicsite.report.Report;
import cn.jixiao.publicsite.report.ReportAttachment;
import cn.jixiao.publicsite.report.ReportNeighbourhood;
import cn.jixiao.publicsite.report.ReportService;
import cn.jixiao.publicsite.report.ReportSurroundings;
import cn.jixiao.publicsite.views.Visits;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * 报告页: the disclosure table, the report with its tables, attachments, neighbours and history; a
 * person reading it counts once a day in 浏览量.
 */
@Path("/reports/{id}")
@Produces(MediaType.TEXT_HTML)
public class ReportPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(Report report, ReportSurroundings around);

        static native TemplateInstance notFound();
    }

    @Inject
    ReportService reports;

    @Inject
    ReportNeighbourhood neighbourhood;

    @Inject
    AttachmentLinks links;

    @Inject
    RegionIdentities identities;

    @Inject
    SiteContext site;

    @GET
    public Response report(@PathParam("id") String id, @Context HttpServerRequest request) {
        OptionalLong reportId = ReportIds.parse(id);
        Optional<ReportService.Reader> reader =
                Visits.isPersonReading(request.method().name(), request::getHeader)
                        ? Optional.of(new ReportService.Reader(
                                request.remoteAddress() == null
                                        ? ""
                                        : request.remoteAddress().hostAddress(),
                                request.getHeader("User-Agent")))
                        : Optional.empty();
        Optional<Report> report = reportId.isPresent() ? reports.view(reportId.getAsLong(), reader) : Optional.empty();
        if (report.isEmpty()) {
            return notFound();
        }
        site.region(identities.of(report.get().tenantId()));
        return Response.ok(Templates.report(report.get(), neighbourhood.of(report.get())))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .build();
    }

    /** 附件下载: a redirect to a fresh presigned link; only attachments of published reports. */
    @GET
    @Path("attachments/{position}")
    public Response attachment(@PathParam("id") String id, @PathParam("position") String position) {
        OptionalLong reportId = ReportIds.parse(id);
        OptionalLong number = ReportIds.parse(position);
        if (reportId.isEmpty() || number.isEmpty() || number.getAsLong() > Integer.MAX_VALUE) {
            return notFound();
        }
        Optional<ReportAttachment> attachment =
                neighbourhood.attachment(reportId.getAsLong(), (int) number.getAsLong());
        if (attachment.isEmpty()) {
            return notFound();
        }
        // the link expires: no cache may keep the redirect
        return Response.seeOther(URI.create(links.presignedGet(attachment.get())))
                .header("Cache-Control", "no-store")
                .build();
    }

    private static Response notFound() {
        return Response.status(Response.Status.NOT_FOUND)
                .entity(Templates.notFound())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .build();
    }
}

package cn.jixiao.publicsite.web;

import cn.jixiao.publicsite.region.RegionIdentities;
import cn.jixiao.publicsite.region.RegionIdentity;
import cn.jixiao.publicsite.report.Report;
import cn.jixiao.publicsite.report.ReportService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.ResponseBuilder;
import java.util.Optional;
import java.util.OptionalLong;

/** 报告页: the disclosure metadata table, then the report; reading it counts a view. */
@Path("/reports/{id}")
@Produces(MediaType.TEXT_HTML)
public class ReportPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(Report report, Optional<RegionIdentity> identity);

        static native TemplateInstance notFound();
    }

    @Inject
    ReportService reports;

    @Inject
    RegionIdentities identities;

    @GET
    public Response report(@PathParam("id") String id) {
        OptionalLong reportId = ReportIds.parse(id);
        Optional<Report> report = reportId.isPresent() ? reports.view(reportId.getAsLong()) : Optional.empty();
        ResponseBuilder response = report.map(
                        found -> Response.ok(Templates.report(found, identities.of(found.tenantId()))))
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).entity(Templates.notFound()));
        return response.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }
}

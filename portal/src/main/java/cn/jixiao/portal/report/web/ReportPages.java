package cn.jixiao.portal.report.web;

import cn.jixiao.platform.publication.ReportStatus;
import cn.jixiao.portal.me.MeService;
import cn.jixiao.portal.me.MeView;
import cn.jixiao.portal.report.service.ReportCallers;
import cn.jixiao.portal.report.service.ReportLinks;
import cn.jixiao.portal.security.SignedInUser;
import cn.jixiao.portal.web.ContentDisposition;
import cn.jixiao.portal.web.FiscalYear;
import cn.jixiao.portal.web.Paging;
import cn.jixiao.portal.web.QueryParams;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;

/**
 * The report pages: the list (per year and status, with the approved evaluations still without a
 * report), the editor (narratives with placeholders, preview, publication, withdrawal, correction),
 * the A4 print page and the same page as PDF. Forms send JSON to the report API (json-forms.js).
 */
@Path("/reports")
@Produces(MediaType.TEXT_HTML)
public class ReportPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(MeView me, ReportPageService.ListPage page);

        static native TemplateInstance editor(MeView me, ReportPageService.EditorPage page);

        static native TemplateInstance document(ReportPageService.PrintPage page, boolean pdf);
    }

    @Inject
    ReportPageService pages;

    @Inject
    ReportCallers callers;

    @Inject
    ReportPdf pdf;

    @Inject
    ReportLinks links;

    @Inject
    SignedInUser user;

    @Inject
    MeService me;

    @GET
    public TemplateInstance list(
            @QueryParam("year") @FiscalYear String year,
            @QueryParam("status") String status,
            @BeanParam @Valid Paging paging) {
        var page = pages.list(
                callers.current(),
                year == null || year.isBlank() ? null : Integer.parseInt(year),
                QueryParams.choice(
                        "status", "报告状态", status == null || status.isBlank() ? null : status, ReportStatus.class),
                paging.page());
        return Templates.list(me.describe(user.get()), page);
    }

    @GET
    @Path("{id: [0-9]+}")
    public TemplateInstance editor(@PathParam("id") long id) {
        return Templates.editor(me.describe(user.get()), pages.editor(callers.current(), id));
    }

    @GET
    @Path("{id: [0-9]+}/print")
    public TemplateInstance print(@PathParam("id") long id) {
        return Templates.document(pages.print(callers.current(), id), false);
    }

    /** 附件下载: a redirect to a fresh presigned link, so a page never holds an expiring one. */
    @GET
    @Path("{id: [0-9]+}/attachments/{position: [0-9]{1,6}}")
    public Response attachment(@PathParam("id") long id, @PathParam("position") int position) {
        return Response.seeOther(
                        URI.create(links.link(callers.current(), id, position).url()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    @GET
    @Path("{id: [0-9]+}.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id) {
        var page = pages.print(callers.current(), id);
        String xhtml = Templates.document(page, true).render();
        pdf.requireFont(); // before streaming, so a missing font is a clean 503
        StreamingOutput body = out -> pdf.write(xhtml, out);
        return Response.ok(body, "application/pdf")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment("report-" + id + ".pdf", page.title() + ".pdf"))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }
}

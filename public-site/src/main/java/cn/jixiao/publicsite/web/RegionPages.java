package cn.jixiao.publicsite.web;

import cn.jixiao.platform.publication.EvaluationKind;
import cn.jixiao.publicsite.region.RegionDirectory;
import cn.jixiao.publicsite.region.RegionIdentities;
import cn.jixiao.publicsite.region.RegionReportPage;
import cn.jixiao.publicsite.region.RegionSummary;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** 地区: the regions that publish here, and each region's reports by year and kind. */
@Path("/regions")
@Produces(MediaType.TEXT_HTML)
public class RegionPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance regions(List<RegionSummary> regions);

        static native TemplateInstance region(
                RegionSummary region, RegionReportPage page, Pagination pagination, RegionFilter filter);

        static native TemplateInstance notFound();
    }

    /** The filter as chosen (null: all), and the query string that keeps it in page links. */
    public record RegionFilter(Integer year, EvaluationKind kind) {
        public String query() {
            return (year == null ? "" : "&year=" + year) + (kind == null ? "" : "&kind=" + kind.name());
        }

        public boolean any() {
            return year != null || kind != null;
        }
    }

    @Inject
    RegionDirectory directory;

    @Inject
    RegionIdentities identities;

    @Inject
    SiteContext site;

    @GET
    public TemplateInstance regions() {
        return Templates.regions(directory.all());
    }

    @GET
    @Path("{code}")
    public Response region(
            @PathParam("code") String code,
            @QueryParam("year") String year,
            @QueryParam("kind") String kind,
            @QueryParam("page") String page) {
        Optional<RegionSummary> region = directory.find(code);
        if (region.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND)
                    .entity(Templates.notFound())
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .build();
        }
        site.region(identities.of(code));
        // a page is forgiving: a filter value that names nothing shows every report
        var filter = new RegionFilter(year(year), kind(kind));
        Paging paging = Paging.lenient(page);
        RegionReportPage reports = directory.reports(code, filter.year(), filter.kind(), paging.page(), paging.size());
        var pagination = new Pagination(paging.page(), paging.size(), reports.total());
        return Response.ok(Templates.region(region.get(), reports, pagination, filter))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .build();
    }

    private static Integer year(String value) {
        return value != null && value.strip().matches("(20|21)[0-9]{2}") ? Integer.valueOf(value.strip()) : null;
    }

    private static EvaluationKind kind(String value) {
        return Arrays.stream(EvaluationKind.values())
                .filter(k -> k.name().equals(value))
                .findFirst()
                .orElse(null);
    }
}

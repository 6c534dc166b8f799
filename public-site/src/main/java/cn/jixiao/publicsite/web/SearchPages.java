package cn.jixiao.publicsite.web;

import cn.jixiao.publicsite.search.ReportSearch;
import cn.jixiao.publicsite.search.SearchRequest;
import cn.jixiao.publicsite.search.SearchResult;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * 检索结果: hits with marked snippets, facets to narrow them (地区, 发布机构, 年度, 评价类型, 评价等级),
 * relevance or date order; every report newest first when nothing was typed.
 */
@Path("/search")
@Produces(MediaType.TEXT_HTML)
public class SearchPages {
    /** Searches that find reports, offered when a search finds none. */
    static final List<String> POPULAR = List.of("自助终端", "一窗受理", "三公经费", "政务服务", "12345");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance results(
                SearchResult result, Pagination pagination, SearchLinks links, List<String> popular);
    }

    @Inject
    ReportSearch search;

    @GET
    public Response results(
            @QueryParam("q") String q,
            @QueryParam("region") String region,
            @QueryParam("publisher") String publisher,
            @QueryParam("year") String year,
            @QueryParam("kind") String kind,
            @QueryParam("grade") String grade,
            @QueryParam("sort") String sort,
            @QueryParam("page") String page) {
        SearchRequest request = new SearchParams(q, region, publisher, year, kind, grade, sort, page, null).lenient();
        SearchResult result = search.search(request);
        var pagination = new Pagination(request.page(), request.size(), result.total());
        var links = new SearchLinks(result.request());
        if (pagination.pastTheEnd()) {
            // a page after the last (an old link, a hand-typed number) shows the last page instead
            return Response.seeOther(URI.create(links.page(pagination.pages()))).build();
        }
        return Response.ok(Templates.results(result, pagination, links, POPULAR))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .build();
    }
}

package cn.jixiao.publicsite.web;

import cn.jixiao.publicsite.search.ReportSearch;
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
import jakarta.ws.rs.core.UriBuilder;

/** 检索结果: hits with marked snippets, or every report newest first when nothing was typed. */
@Path("/search")
@Produces(MediaType.TEXT_HTML)
public class SearchPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance results(SearchResult result, Pagination pagination);
    }

    @Inject
    ReportSearch search;

    @GET
    public Response results(@QueryParam("q") String q, @QueryParam("page") String page) {
        Paging request = Paging.lenient(page);
        SearchResult result = search.search(q, request.page(), request.size());
        var pagination = new Pagination(request.page(), request.size(), result.total());
        if (pagination.pastTheEnd()) {
            // a page after the last (an old link, a hand-typed number) shows the last page instead
            var last = UriBuilder.fromPath("/search")
                    .queryParam("q", result.query())
                    .queryParam("page", pagination.pages())
                    .build();
            return Response.seeOther(last).build();
        }
        return Response.ok(Templates.results(result, pagination))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .build();
    }
}

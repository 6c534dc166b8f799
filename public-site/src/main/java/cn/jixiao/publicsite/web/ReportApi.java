package cn.jixiao.publicsite.web;

import cn.jixiao.publicsite.report.ReportService;
import cn.jixiao.publicsite.search.ReportSearch;
import cn.jixiao.publicsite.search.SearchRequest;
import cn.jixiao.publicsite.search.SearchResult;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public JSON API: search published reports and read one. */
@Path("/api/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports", description = "已公开的绩效评价报告 (published performance-evaluation reports)")
public class ReportApi {
    private static final String NOT_FOUND = "未找到该报告，可能编号有误或尚未公开 (report not found)";

    @Inject
    ReportSearch search;

    @Inject
    ReportService reports;

    @GET
    @Operation(
            summary = "检索报告 (search reports)",
            description = "q: 任意文字，按相关度排序（sort=date 按发布日期）；不填时按发布日期从新到旧。"
                    + "筛选：region（6 位行政区划代码）、publisher（发布机构）、year（年度）、"
                    + "kind（SELF / THIRD_PARTY / FINANCE_REVIEW）、grade（EXCELLENT / GOOD / FAIR / POOR）。"
                    + "page 从 1 开始，size 最大 50；页码超过末页时 hits 为空，pages 给出末页。"
                    + "facets 给出各筛选项的报告数。同一索引版本上问过的页从内存作答；"
                    + "请求头 Cache-Control: no-cache 要求重新检索。")
    public SearchJson search(
            @QueryParam("q") String q,
            @QueryParam("region") String region,
            @QueryParam("publisher") String publisher,
            @QueryParam("year") String year,
            @QueryParam("kind") String kind,
            @QueryParam("grade") String grade,
            @QueryParam("sort") String sort,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @HeaderParam(HttpHeaders.CACHE_CONTROL) String cacheControl) {
        SearchRequest request = new SearchParams(q, region, publisher, year, kind, grade, sort, page, size).strict();
        SearchResult result = search.search(request, !asksForFreshAnswer(cacheControl));
        return SearchJson.of(result, new Pagination(result.page(), result.size(), result.total()));
    }

    /** A client may ask for the page to be searched again rather than answered from memory (RFC 9111 no-cache). */
    private static boolean asksForFreshAnswer(String cacheControl) {
        return cacheControl != null
                && cacheControl.toLowerCase(java.util.Locale.ROOT).contains("no-cache");
    }

    @GET
    @Path("{id}")
    @Operation(summary = "报告详情与公开信息 (one report with its disclosure metadata)")
    public ReportJson report(@PathParam("id") String id) {
        long reportId = ReportIds.parse(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        return reports.find(reportId).map(ReportJson::of).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }
}

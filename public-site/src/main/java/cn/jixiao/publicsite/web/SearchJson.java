package cn.jixiao.publicsite.web;

import cn.jixiao.publicsite.search.SearchResult;
import java.util.List;

/** The answer of GET /api/reports: how many reports match, and one page of them. */
public record SearchJson(long total, List<ReportHitJson> hits) {

    static SearchJson of(SearchResult result) {
        return new SearchJson(
                result.total(), result.hits().stream().map(ReportHitJson::of).toList());
    }
}

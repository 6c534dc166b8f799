package cn.jixiao.publicsite.search;

import java.util.List;

/**
 * One page of results.
 *
 * @param query the query as searched (normalized), empty for "all reports, newest first"
 * @param total how many reports match in all
 */
public record SearchResult(String query, long total, int page, int size, List<SearchHit> hits) {}

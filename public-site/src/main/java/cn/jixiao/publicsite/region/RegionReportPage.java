package cn.jixiao.publicsite.region;

import cn.jixiao.platform.publication.EvaluationKind;
import java.util.List;

/**
 * One page of a region's published reports, newest first, with the years and kinds it can be filtered by.
 *
 * @param total how many reports match the filter (all pages)
 */
public record RegionReportPage(
        List<RegionReport> reports, long total, List<Integer> years, List<EvaluationKind> kinds) {}

package cn.jixiao.publicsite.region;

import java.time.LocalDate;

/**
 * A region that publishes on this site, with how many reports it has published and when it last did.
 *
 * @param path   the region with its parents, e.g. 内蒙古自治区 鄂尔多斯市 伊金霍洛旗
 * @param latest the newest 发布日期 (null before its first report)
 */
public record RegionSummary(String code, String name, String path, long published, LocalDate latest) {}

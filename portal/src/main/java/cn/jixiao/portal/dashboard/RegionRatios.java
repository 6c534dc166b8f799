package cn.jixiao.portal.dashboard;

import cn.jixiao.portal.ratio.RatioSet;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * GET /api/dashboard/regions: the regions below this one side by side (each with the ratios its own
 * GET /api/ratios gives) and summed: for each ratio, the children's numerators over their denominators.
 * Read-only; {@code regionCount} children, {@code departmentCount} departments with books in all.
 */
public record RegionRatios(
        int year,
        String regionCode,
        int regionCount,
        int departmentCount,
        Map<String, BigDecimal> ratios,
        Map<String, RatioDetail> details,
        List<Child> regions) {

    /** One region below: its code, name, level, departments with books, and its own ratios. */
    public record Child(
            String code,
            String name,
            String level,
            int departmentCount,
            Map<String, BigDecimal> ratios,
            Map<String, RatioDetail> details) {}

    static RegionRatios of(String regionCode, RegionBooks books) {
        var children = books.children().stream()
                .map(c -> {
                    RatioSet set = c.books().total();
                    return new Child(
                            c.region().code(),
                            c.region().name(),
                            c.region().level(),
                            c.books().departmentsWithBooks(),
                            RatioDetail.values(set),
                            RatioDetail.of(set));
                })
                .toList();
        return new RegionRatios(
                books.year(),
                regionCode,
                children.size(),
                books.departmentsWithBooks(),
                RatioDetail.values(books.total()),
                RatioDetail.of(books.total()),
                children);
    }
}

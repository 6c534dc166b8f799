package cn.jixiao.portal.dashboard;

import cn.jixiao.portal.ratio.Ratio;
import cn.jixiao.portal.ratio.RatioCard;
import cn.jixiao.portal.ratio.RatioKey;
import cn.jixiao.portal.ratio.RatioSet;
import cn.jixiao.portal.region.FiscalYears.YearChoice;
import java.util.Arrays;
import java.util.List;

/** The page of the regions below: the summed ratios as cards, then one row per region and the sum. */
public record RegionDashboard(
        RegionBooks books,
        List<RatioCard> cards,
        List<String> headings,
        List<Row> rows,
        Row total,
        List<YearChoice> years) {

    public record Row(String code, String name, int departments, List<TenantDashboard.Cell> cells) {}

    public static RegionDashboard of(RegionBooks books, List<YearChoice> years) {
        var headings = Arrays.stream(RatioKey.values()).map(k -> k.label).toList();
        var rows = books.children().stream()
                .map(c -> row(
                        c.region().code(),
                        c.region().name(),
                        c.books().departmentsWithBooks(),
                        c.books().total()))
                .toList();
        return new RegionDashboard(
                books,
                RatioCard.of(books.total()),
                headings,
                rows,
                row(null, "合计 Sum", books.departmentsWithBooks(), books.total()),
                years);
    }

    private static Row row(String code, String name, int departments, RatioSet set) {
        var cells = Arrays.stream(RatioKey.values())
                .map(k -> {
                    Ratio r = set.get(k);
                    return new TenantDashboard.Cell(
                            k.key,
                            r.display(),
                            r.applicable(),
                            r.applicable() && r.value().signum() < 0);
                })
                .toList();
        return new Row(code, name, departments, cells);
    }
}

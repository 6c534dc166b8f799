package cn.jixiao.portal.dashboard;

import cn.jixiao.portal.ratio.Ratio;
import cn.jixiao.portal.ratio.RatioCard;
import cn.jixiao.portal.ratio.RatioKey;
import cn.jixiao.portal.region.FiscalYears.YearChoice;
import cn.jixiao.portal.web.Money;
import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The region dashboard: the region's ratios, a sortable table of the departments that have books
 * for the year, those that have none, and two charts.
 */
public record TenantDashboard(
        TenantBooks books,
        List<RatioCard> cards,
        List<Column> columns,
        List<Row> rows,
        List<DepartmentBooks> missing,
        BarChart completionChart,
        BarChart budgetChart,
        List<YearChoice> years) {

    static final String NAME = "name";

    /** A column heading; its link sorts by it (again: the other way round). */
    public record Column(String key, String label, String href, String arrow) {}

    public record Row(long id, String name, boolean complete, List<Cell> cells) {}

    public record Cell(String key, String display, boolean applicable, boolean negative) {}

    public static TenantDashboard of(TenantBooks books, List<YearChoice> years, String sort, boolean descending) {
        String key = RatioKey.byKey(sort) == null ? NAME : sort;
        var withBooks = books.departments().stream()
                .filter(DepartmentBooks::hasBooks)
                .sorted(order(key, descending))
                .toList();
        var rows = withBooks.stream().map(TenantDashboard::row).toList();
        var missing = books.departments().stream().filter(d -> !d.hasBooks()).toList();
        return new TenantDashboard(
                books,
                RatioCard.of(books.total()),
                columns(books.year(), key, descending),
                rows,
                missing,
                completionChart(withBooks),
                budgetChart(withBooks),
                years);
    }

    private static Row row(DepartmentBooks d) {
        var cells = Arrays.stream(RatioKey.values())
                .map(k -> {
                    Ratio r = d.ratios().get(k);
                    return new Cell(
                            k.key,
                            r.display(),
                            r.applicable(),
                            r.applicable() && r.value().signum() < 0);
                })
                .toList();
        return new Row(d.id(), d.name(), d.complete(), cells);
    }

    static Comparator<DepartmentBooks> order(String key, boolean descending) {
        Comparator<DepartmentBooks> byName =
                Comparator.comparing(DepartmentBooks::name, Collator.getInstance(Locale.CHINA));
        if (NAME.equals(key)) {
            return descending ? byName.reversed() : byName;
        }
        RatioKey ratio = RatioKey.byKey(key);
        Comparator<BigDecimal> values = descending ? Comparator.<BigDecimal>reverseOrder() : Comparator.naturalOrder();
        // 不适用 sorts last whichever the direction
        return Comparator.comparing((DepartmentBooks d) -> d.ratios().value(ratio), Comparator.nullsLast(values))
                .thenComparing(byName);
    }

    private static List<Column> columns(int year, String key, boolean descending) {
        var columns = new ArrayList<Column>();
        columns.add(column(year, NAME, "部门 Department", key, descending));
        for (RatioKey k : RatioKey.values()) {
            columns.add(column(year, k.key, k.label, key, descending));
        }
        return columns;
    }

    private static Column column(int year, String column, String label, String key, boolean descending) {
        boolean active = column.equals(key);
        // a ratio column sorts highest first on the first click; names A→Z
        boolean nextDescending = active ? !descending : !NAME.equals(column);
        String href = "/dashboard?year=" + year + "&sort=" + column + "&dir=" + (nextDescending ? "desc" : "asc");
        return new Column(column, label, href, active ? (descending ? "▼" : "▲") : "");
    }

    static BarChart completionChart(List<DepartmentBooks> departments) {
        var groups = departments.stream()
                .filter(d -> d.budget() != null)
                .map(d -> new BarChart.Group(d.name(), Arrays.asList(d.ratios().value(RatioKey.BUDGET_COMPLETION))))
                .toList();
        return BarChart.of(
                "completion-chart",
                "各部门预算完成率 Budget completion by department",
                "%",
                List.of(new BarChart.Series("预算完成率（决算数 ÷ 年初预算）", "s-actual")),
                groups,
                BigDecimal.valueOf(100),
                "100%",
                v -> v.toPlainString() + "%");
    }

    static BarChart budgetChart(List<DepartmentBooks> departments) {
        var groups = departments.stream()
                .filter(d -> d.budget() != null)
                .map(d -> new BarChart.Group(
                        d.name(),
                        Arrays.asList(d.budget().initialBudget(), d.budget().finalAccounts())))
                .toList();
        return BarChart.of(
                "budget-chart",
                "各部门年初预算与决算数 Budget and final accounts",
                Money.UNIT,
                List.of(new BarChart.Series("年初预算 Budget", "s-budget"), new BarChart.Series("决算数 Actual", "s-actual")),
                groups,
                null,
                null,
                Money::figure);
    }
}

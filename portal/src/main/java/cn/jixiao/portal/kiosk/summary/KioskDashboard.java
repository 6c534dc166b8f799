package cn.jixiao.portal.kiosk.summary;

import cn.jixiao.portal.dashboard.BarChart;
import cn.jixiao.portal.kiosk.PointStatus;
import cn.jixiao.portal.kiosk.summary.KioskSummary.PointFigures;
import cn.jixiao.portal.ratio.Ratio;
import cn.jixiao.portal.region.FiscalYears.YearChoice;
import cn.jixiao.portal.web.SortColumn;
import java.math.BigDecimal;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The kiosk dashboard of a year: figure cards, three charts, the sortable table of points. */
public record KioskDashboard(
        KioskSummary summary,
        List<Card> cards,
        List<SortColumn> columns,
        List<PointFigures> points,
        BarChart pointChart,
        BarChart typeChart,
        BarChart departmentChart,
        List<YearChoice> years) {

    static final String NAME = "name";
    static final List<String> SORTS =
            List.of(NAME, "status", "devices", "accepted", "inService", "openFaults", "transactions", "perDay");

    /** A figure card: its value, and the terms it was computed from. */
    public record Card(String key, String label, String display, String terms, String note, boolean alert) {}

    public static KioskDashboard of(KioskSummary s, List<YearChoice> years, String sort, boolean descending) {
        String key = SortColumn.pick(sort, SORTS, NAME);
        var points = s.byPoint().stream().sorted(order(key, descending)).toList();
        return new KioskDashboard(
                s,
                cards(s),
                columns(s.year(), key, descending),
                points,
                pointChart(s),
                typeChart(s),
                departmentChart(s),
                years);
    }

    static List<Card> cards(KioskSummary s) {
        return List.of(
                new Card(
                        "deviceCount",
                        "设备总数 Devices",
                        s.deviceCount() + " 台",
                        "截至 " + s.asOf(),
                        "当年在册：已订购且未在年初前报废",
                        false),
                new Card(
                        "acceptedRate",
                        "设备验收合格率 Accepted",
                        percent(s.acceptedRate()),
                        s.acceptedCount() + " ÷ " + s.deviceCount(),
                        "已验收设备 ÷ 设备总数",
                        false),
                new Card(
                        "inServiceRate",
                        "设备投入使用率 In use",
                        percent(s.inServiceRate()),
                        s.inServiceCount() + " ÷ " + s.deviceCount(),
                        "投入使用（含试运行）÷ 设备总数",
                        false),
                new Card(
                        "overdueAcceptanceCount",
                        "逾期未验收 Overdue acceptance",
                        s.overdueAcceptanceCount() + " 台",
                        "",
                        "试运行期满后超过合同约定的工作日仍未验收",
                        s.overdueAcceptanceCount() > 0),
                new Card(
                        "paidNotAcceptedCount",
                        "已付款未验收 Paid, not accepted",
                        s.paidNotAcceptedCount() + " 台",
                        "",
                        "设备已付款或合同已付清，但尚未验收",
                        s.paidNotAcceptedCount() > 0),
                new Card(
                        "openFaultCount",
                        "未关闭故障 Open faults",
                        s.openFaultCount() + " 起",
                        "",
                        "截至 " + s.asOf() + " 尚未修复的故障",
                        s.openFaultCount() > 0),
                new Card(
                        "transactionsPerDevicePerDay",
                        "日均办件量/台 Transactions per device per day",
                        s.transactionsPerDevicePerDay() == null
                                ? Ratio.NOT_APPLICABLE
                                : s.transactionsPerDevicePerDay().toPlainString() + " 件",
                        s.transactions() + " 件 ÷ " + s.deviceDays() + " 台·日",
                        "全年办件量 ÷ 有记录的设备天数",
                        false));
    }

    static String percent(BigDecimal rate) {
        return rate == null ? Ratio.NOT_APPLICABLE : rate.toPlainString() + "%";
    }

    private static final Map<String, Function<PointFigures, Comparable<?>>> KEYS = Map.of(
            "status", p -> p.status() == null ? null : p.status().ordinal(),
            "devices", PointFigures::devices,
            "accepted", PointFigures::accepted,
            "inService", PointFigures::inService,
            "openFaults", PointFigures::openFaults,
            "transactions", PointFigures::transactions,
            "perDay", PointFigures::transactionsPerDevicePerDay);

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Comparator<PointFigures> order(String key, boolean descending) {
        Comparator<PointFigures> byName = Comparator.comparing(PointFigures::name, Collator.getInstance(Locale.CHINA));
        if (NAME.equals(key)) {
            return descending ? byName.reversed() : byName;
        }
        Comparator<Comparable> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        // a missing value (不适用, the row without a point) sorts last either way
        return Comparator.comparing(
                        (PointFigures p) -> (Comparable) KEYS.get(key).apply(p), Comparator.nullsLast(values))
                .thenComparing(byName);
    }

    private static List<SortColumn> columns(int year, String key, boolean descending) {
        String base = "/kiosks?year=" + year + "&";
        return List.of(
                SortColumn.of(base, NAME, "服务点 Point", false, key, descending),
                SortColumn.of(base, "status", "状态 Status", false, key, descending),
                SortColumn.of(base, "devices", "设备数", true, key, descending),
                SortColumn.of(base, "accepted", "已验收", true, key, descending),
                SortColumn.of(base, "inService", "投入使用", true, key, descending),
                SortColumn.of(base, "openFaults", "未关闭故障", true, key, descending),
                SortColumn.of(base, "transactions", "办件量", true, key, descending),
                SortColumn.of(base, "perDay", "日均办件量/台", true, key, descending));
    }

    private static String count(BigDecimal v) {
        return v.toPlainString() + " 台";
    }

    static BarChart pointChart(KioskSummary s) {
        var groups = s.byPoint().stream()
                .filter(p -> p.devices() > 0 || p.status() != PointStatus.CLOSED)
                .map(p -> new BarChart.Group(
                        p.name(), List.of(BigDecimal.valueOf(p.inService()), BigDecimal.valueOf(p.notInService()))))
                .toList();
        return BarChart.of(
                "point-chart",
                "各服务点设备 Devices per point",
                "台",
                List.of(new BarChart.Series("投入使用（含试运行）", "s-in-use"), new BarChart.Series("未投入使用", "s-idle")),
                groups,
                null,
                null,
                KioskDashboard::count);
    }

    static BarChart typeChart(KioskSummary s) {
        var groups = s.byType().stream()
                .filter(t -> t.devices() > 0)
                .map(t -> new BarChart.Group(t.name(), List.of(BigDecimal.valueOf(t.devices()))))
                .toList();
        return BarChart.of(
                "type-chart",
                "各类型设备数量 Devices per type",
                "台",
                List.of(new BarChart.Series("设备数", "s-devices")),
                groups,
                null,
                null,
                KioskDashboard::count);
    }

    static BarChart departmentChart(KioskSummary s) {
        var groups = s.byDepartment().stream()
                .map(d -> new BarChart.Group(
                        d.name(), List.of(BigDecimal.valueOf(d.accepted()), BigDecimal.valueOf(d.notAccepted()))))
                .toList();
        return BarChart.of(
                "department-chart",
                "各购置部门设备验收情况 Acceptance by buying department",
                "台",
                List.of(new BarChart.Series("已验收", "s-accepted"), new BarChart.Series("未验收", "s-pending")),
                groups,
                null,
                null,
                KioskDashboard::count);
    }
}

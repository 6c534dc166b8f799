package cn.jixiao.portal.kiosk.summary;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * GET /api/kiosks/summary/regions: the kiosk figures of the regions below this one side by side (each
 * as its own GET /api/kiosks/summary counts them) and summed; the rates of the sum are computed from
 * the summed counts. Read-only.
 */
public record RegionKiosks(
        int year, LocalDate asOf, String regionCode, int regionCount, Figures total, List<Child> regions) {

    /** One region below: its code, name, level and figures. */
    @TemplateData
    public record Child(String code, String name, String level, Figures figures) {}

    /** The counts and rates of one region's kiosk summary, or of their sum. */
    @TemplateData
    public record Figures(
            long deviceCount,
            long acceptedCount,
            BigDecimal acceptedRate,
            long inServiceCount,
            BigDecimal inServiceRate,
            long overdueAcceptanceCount,
            long paidNotAcceptedCount,
            long openFaultCount,
            long transactions,
            long deviceDays,
            BigDecimal transactionsPerDevicePerDay,
            long pointsWithoutDeviceInServiceCount) {

        static Figures of(KioskSummary s) {
            return new Figures(
                    s.deviceCount(),
                    s.acceptedCount(),
                    s.acceptedRate(),
                    s.inServiceCount(),
                    s.inServiceRate(),
                    s.overdueAcceptanceCount(),
                    s.paidNotAcceptedCount(),
                    s.openFaultCount(),
                    s.transactions(),
                    s.deviceDays(),
                    s.transactionsPerDevicePerDay(),
                    s.pointsWithoutDeviceInServiceCount());
        }

        static Figures sum(List<Figures> all) {
            long devices = all.stream().mapToLong(Figures::deviceCount).sum();
            long accepted = all.stream().mapToLong(Figures::acceptedCount).sum();
            long inService = all.stream().mapToLong(Figures::inServiceCount).sum();
            long transactions = all.stream().mapToLong(Figures::transactions).sum();
            long days = all.stream().mapToLong(Figures::deviceDays).sum();
            return new Figures(
                    devices,
                    accepted,
                    KioskSummaryService.rate(accepted, devices),
                    inService,
                    KioskSummaryService.rate(inService, devices),
                    all.stream().mapToLong(Figures::overdueAcceptanceCount).sum(),
                    all.stream().mapToLong(Figures::paidNotAcceptedCount).sum(),
                    all.stream().mapToLong(Figures::openFaultCount).sum(),
                    transactions,
                    days,
                    KioskSummaryService.perDay(transactions, days),
                    all.stream()
                            .mapToLong(Figures::pointsWithoutDeviceInServiceCount)
                            .sum());
        }

        public String acceptedDisplay() {
            return percent(acceptedRate);
        }

        public String inServiceDisplay() {
            return percent(inServiceRate);
        }

        public String perDayDisplay() {
            return transactionsPerDevicePerDay == null ? "不适用" : transactionsPerDevicePerDay.toPlainString();
        }

        private static String percent(BigDecimal rate) {
            return rate == null ? "不适用" : rate.toPlainString() + "%";
        }
    }

    static RegionKiosks of(int year, LocalDate asOf, String regionCode, List<Child> regions) {
        return new RegionKiosks(
                year,
                asOf,
                regionCode,
                regions.size(),
                Figures.sum(regions.stream().map(Child::figures).toList()),
                List.copyOf(regions));
    }
}

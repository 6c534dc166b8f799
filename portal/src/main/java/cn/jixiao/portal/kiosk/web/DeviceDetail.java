package cn.jixiao.portal.kiosk.web;

import cn.jixiao.platform.calendar.WorkingCalendar;
import cn.jixiao.portal.contract.Contract;
import cn.jixiao.portal.kiosk.AcceptanceDeadlines;
import cn.jixiao.portal.kiosk.AcceptanceDue;
import cn.jixiao.portal.kiosk.Device;
import cn.jixiao.portal.kiosk.DeviceEvent;
import cn.jixiao.portal.kiosk.DeviceStatus;
import cn.jixiao.portal.kiosk.EventKind;
import cn.jixiao.portal.kiosk.summary.KioskSummaryService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Everything the device page shows: the record, its acceptance deadline, history, faults, files, use. */
public record DeviceDetail(
        Device device,
        String typeName,
        List<String> services,
        String buyer,
        String pointName,
        ContractRef contract,
        Acceptance acceptance,
        List<Step> history,
        List<Fault> faults,
        List<Document> documents,
        List<Usage> usage) {

    public String statusLabel() {
        return device.status.label;
    }

    public String acceptanceResultLabel() {
        return device.acceptanceResult == null ? null : device.acceptanceResult.label;
    }

    public record ContractRef(long id, String title, String contractNo, String terms) {}

    /**
     * The acceptance deadline from the contract's terms: due date, and how many days late the
     * acceptance is (or was); null fields when there is no trial yet or no computable terms.
     */
    public record Acceptance(String terms, LocalDate dueOn, Long daysOverdue, boolean pending) {
        public boolean overdue() {
            return daysOverdue != null;
        }
    }

    /** An entry of the history: a lifecycle step, a failed acceptance or the network sign-off. */
    public record Step(
            String label,
            DeviceStatus status,
            EventKind kind,
            LocalDate onDate,
            String actor,
            OffsetDateTime recordedAt,
            String note) {

        static Step of(DeviceEvent e) {
            String label = e.kind == null || e.kind == EventKind.STEP ? e.status.label : e.kind.label;
            return new Step(
                    label, e.status, e.kind == null ? EventKind.STEP : e.kind, e.onDate, e.actor, e.recordedAt, e.note);
        }

        /** The CSS class of the badge: the status for a step, the kind otherwise. */
        public String badge() {
            return kind == EventKind.STEP ? status.name() : kind.name();
        }
    }

    public record Fault(
            long id,
            LocalDate openedOn,
            LocalDate closedOn,
            String description,
            String reportedBy,
            String closedBy,
            String resolution,
            int version) {
        public boolean open() {
            return closedOn == null;
        }
    }

    public record Document(
            long id,
            String kindLabel,
            String fileName,
            String contentType,
            long sizeBytes,
            String uploadedBy,
            OffsetDateTime uploadedAt) {
        public String size() {
            return sizeBytes < 1024
                    ? sizeBytes + " B"
                    : sizeBytes < 1024 * 1024
                            ? (sizeBytes + 512) / 1024 + " KB"
                            : BigDecimal.valueOf(sizeBytes)
                                            .divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP)
                                    + " MB";
        }
    }

    public record Usage(int year, long transactions, int days) {
        public BigDecimal perDay() {
            return KioskSummaryService.perDay(transactions, days);
        }
    }

    /** The contract's terms in words, e.g. 试运行 1 个月，期满后 15 个工作日内验收; else its free text. */
    public static String termsText(Contract c) {
        return AcceptanceDeadlines.terms(c)
                .map(t -> "试运行 " + periodText(t.trial().toString()) + "，期满后 " + t.workingDaysToAccept() + " 个工作日内验收")
                .orElse(c.acceptanceTerms);
    }

    static String periodText(String iso) {
        try {
            Period p = Period.parse(iso);
            var text = new StringBuilder();
            if (p.getYears() > 0) {
                text.append(p.getYears()).append(" 年");
            }
            if (p.getMonths() > 0) {
                text.append(text.isEmpty() ? "" : " ").append(p.getMonths()).append(" 个月");
            }
            if (p.getDays() > 0 || text.isEmpty()) {
                text.append(text.isEmpty() ? "" : " ").append(p.getDays()).append(" 天");
            }
            return text.toString();
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** Works out the deadline for a device under a contract, as of today (the device API's rule). */
    static Acceptance acceptance(Device d, Contract c, LocalDate today, WorkingCalendar calendar) {
        String terms = c == null ? null : termsText(c);
        boolean pending = d.acceptedOn == null && d.retiredOn == null;
        var due = AcceptanceDeadlines.of(d, c, calendar, today);
        // a device retired unaccepted is no longer waiting for acceptance: no lateness to show
        boolean late = due.map(AcceptanceDue::overdue).orElse(false) && (pending || d.acceptedOn != null);
        return new Acceptance(
                terms,
                due.map(AcceptanceDue::dueOn).orElse(null),
                late ? due.get().daysOverdue() : null,
                pending);
    }
}

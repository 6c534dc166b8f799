package cn.jixiao.portal.kiosk;

import cn.jixiao.portal.contract.Contract;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Everything the device page shows: the record, its acceptance deadline, history, faults, files, use. */
public record DeviceDetail(Device device, String typeName, List<String> services, String buyer, String pointName,
        ContractRef contract, Acceptance acceptance, List<Step> history, List<Fault> faults, List<Document> documents,
        List<Usage> usage) {

    public String statusLabel() {
        return device.status.label;
    }

    public String acceptanceResultLabel() {
        return device.acceptanceResult == null ? null : device.acceptanceResult.label;
    }

    public record ContractRef(long id, String title, String contractNo, String terms) {
    }

    /**
     * The acceptance deadline from the contract's terms: due date, and how many days late the
     * acceptance is (or was); null fields when there is no trial yet or no computable terms.
     */
    public record Acceptance(String terms, LocalDate dueOn, Long daysOverdue, boolean pending) {
        public boolean overdue() {
            return daysOverdue != null;
        }
    }

    public record Step(String statusLabel, DeviceStatus status, LocalDate onDate, String actor,
            OffsetDateTime recordedAt, String note) {
    }

    public record Fault(long id, LocalDate openedOn, LocalDate closedOn, String description, String reportedBy,
            String closedBy, String resolution) {
        public boolean open() {
            return closedOn == null;
        }
    }

    public record Document(long id, String kindLabel, String fileName, String contentType, long sizeBytes,
            String uploadedBy, OffsetDateTime uploadedAt) {
        public String size() {
            return sizeBytes < 1024 ? sizeBytes + " B"
                    : sizeBytes < 1024 * 1024 ? (sizeBytes + 512) / 1024 + " KB"
                    : BigDecimal.valueOf(sizeBytes).divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP)
                            + " MB";
        }
    }

    public record Usage(int year, long transactions, int days) {
        public BigDecimal perDay() {
            return KioskSummaryService.perDay(transactions, days);
        }
    }

    /** The contract's terms in words, e.g. 试运行 1 个月，期满后 15 个工作日内验收. */
    static String termsText(Contract c) {
        if (c.trialPeriod == null || c.acceptanceWorkingDays == null) {
            return c.acceptanceTerms;
        }
        return "试运行 " + periodText(c.trialPeriod) + "，期满后 " + c.acceptanceWorkingDays + " 个工作日内验收";
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

    /** Works out the deadline for a device under a contract, as of today. */
    static Acceptance acceptance(Device d, Contract c, LocalDate today, WorkingCalendar calendar) {
        String terms = c == null ? null : termsText(c);
        boolean pending = d.acceptedOn == null && d.retiredOn == null;
        if (c == null || c.trialPeriod == null || c.acceptanceWorkingDays == null || d.trialStartedOn == null) {
            return new Acceptance(terms, null, null, pending);
        }
        try {
            var rule = new AcceptanceTerms(Period.parse(c.trialPeriod), c.acceptanceWorkingDays);
            LocalDate due = rule.dueDate(d.trialStartedOn, calendar);
            // a device retired unaccepted is no longer waiting: lateness only counts up to acceptance
            Optional<Long> late = d.acceptedOn == null && d.retiredOn != null ? Optional.empty()
                    : rule.daysOverdue(d.trialStartedOn, Optional.ofNullable(d.acceptedOn), today, calendar);
            return new Acceptance(terms, due, late.orElse(null), pending);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return new Acceptance(terms, null, null, pending);
        }
    }
}

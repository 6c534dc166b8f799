package cn.jixiao.portal.kiosk;

import cn.jixiao.platform.calendar.WorkingCalendar;
import cn.jixiao.portal.contract.Contract;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A device's acceptance deadline from its contract's terms (trial period, then working days to
 * accept) counted in the region's working calendar. Shared by the device view and the summary.
 */
public final class AcceptanceDeadlines {
    private AcceptanceDeadlines() {}

    /**
     * The contract's terms when it sets a trial period or working days to accept (the part not set
     * counts as zero); empty for no contract, no terms, or a period that cannot be read.
     */
    public static Optional<AcceptanceTerms> terms(Contract contract) {
        if (contract == null || (contract.trialPeriod == null && contract.acceptanceWorkingDays == null)) {
            return Optional.empty();
        }
        try {
            Period trial = contract.trialPeriod == null ? Period.ZERO : Period.parse(contract.trialPeriod);
            int days = contract.acceptanceWorkingDays == null ? 0 : contract.acceptanceWorkingDays;
            return Optional.of(new AcceptanceTerms(trial, days));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The last day on which acceptance is on time, for a trial that started on the given day. */
    public static Optional<LocalDate> dueOn(Contract terms, LocalDate trialStartedOn, WorkingCalendar calendar) {
        if (trialStartedOn == null) {
            return Optional.empty();
        }
        return terms(terms).map(t -> t.dueDate(trialStartedOn, calendar));
    }

    /** The deadline and lateness of a device's acceptance as of today; empty without a trial start or terms. */
    public static Optional<AcceptanceDue> of(
            Device device, Contract contract, WorkingCalendar calendar, LocalDate today) {
        if (device.trialStartedOn == null) {
            return Optional.empty();
        }
        return terms(contract).map(t -> {
            long late = t.daysOverdue(device.trialStartedOn, Optional.ofNullable(device.acceptedOn), today, calendar)
                    .orElse(0L);
            return new AcceptanceDue(t.dueDate(device.trialStartedOn, calendar), late > 0, late);
        });
    }
}

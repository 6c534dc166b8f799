package cn.jixiao.portal.kiosk;

import cn.jixiao.platform.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A contract's acceptance terms, e.g. "试运行一个月，期满后15个工作日内完成验收": the trial lasts a
 * period, then acceptance is due within some working days.
 */
public record AcceptanceTerms(Period trial, int workingDaysToAccept) {

    public AcceptanceTerms {
        if (trial.isNegative() || workingDaysToAccept < 0) {
            throw new IllegalArgumentException("terms cannot be negative");
        }
    }

    /** The last day on which acceptance is still on time. */
    public LocalDate dueDate(LocalDate trialStart, WorkingCalendar calendar) {
        return calendar.plusWorkingDays(trialStart.plus(trial), workingDaysToAccept);
    }

    /**
     * How many calendar days late the acceptance is (or was, if it happened late); empty when on time.
     */
    public Optional<Long> daysOverdue(
            LocalDate trialStart, Optional<LocalDate> acceptedOn, LocalDate today, WorkingCalendar calendar) {
        LocalDate due = dueDate(trialStart, calendar);
        LocalDate reference = acceptedOn.orElse(today);
        return reference.isAfter(due) ? Optional.of(ChronoUnit.DAYS.between(due, reference)) : Optional.empty();
    }
}

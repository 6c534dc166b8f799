package cn.jixiao.portal.finding.years;

import java.time.LocalDate;

/**
 * A problem, suggestion or rectification item of an evaluation, as the across-years rules read it.
 *
 * @param kind PROBLEM, SUGGESTION or RECTIFICATION
 * @param status OPEN, IN_PROGRESS, DONE or DROPPED (null for problems and suggestions)
 * @param statusLabel the status as the department sees it, e.g. 未整改
 * @param note what was done or why it was dropped (整改说明)
 * @param carriedFromId the item of last year's evaluation this one carries on
 */
public record ItemFact(
        Long id,
        String kind,
        String text,
        String owner,
        LocalDate dueOn,
        String status,
        String statusLabel,
        LocalDate doneOn,
        String note,
        Long carriedFromId) {

    public boolean rectification() {
        return "RECTIFICATION".equals(kind);
    }

    /** Reported as done with what was done (a date and a note), or dropped with its reason. */
    public boolean accountedFor() {
        boolean noted = note != null && !note.isBlank();
        return ("DONE".equals(status) && doneOn != null && noted) || ("DROPPED".equals(status) && noted);
    }
}

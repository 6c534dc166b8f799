package cn.jixiao.portal.finding;

import io.quarkus.qute.TemplateData;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One change in a finding's history as the API, the page and the export show it: what happened, when,
 * who (系统检查 for the checks), the state and severity after it, and the explanation or reason.
 */
@TemplateData
public record FindingChange(
        String kind,
        String kindLabel,
        OffsetDateTime at,
        String atText,
        String actor,
        String actorLabel,
        String state,
        String stateLabel,
        String severity,
        String severityLabel,
        String previousSeverity,
        String note,
        boolean recorded) {
    /** Who the checks are in a history: no person, the system's recheck. */
    public static final String CHECKS = "系统检查";

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static FindingChange of(FindingEvent e) {
        return new FindingChange(
                e.kind.name(),
                label(e.kind, e.previousSeverity, e.severity),
                e.at,
                time(e.at),
                e.actor,
                e.actor == null ? CHECKS : e.actor,
                e.state.name(),
                e.state.label(),
                e.severity.name(),
                e.severity.label(),
                e.previousSeverity == null ? null : e.previousSeverity.name(),
                e.note,
                true);
    }

    /**
     * What the finding's own columns say happened when nothing was recorded (findings kept before the
     * history existed, or written by SQL): first found at its first-seen time, explained when explained.
     */
    static FindingChange opened(Finding f) {
        return new FindingChange(
                FindingEvent.Kind.OPENED.name(),
                FindingEvent.Kind.OPENED.label(),
                f.firstSeenAt,
                time(f.firstSeenAt),
                null,
                CHECKS,
                FindingState.OPEN.name(),
                FindingState.OPEN.label(),
                f.severity.name(),
                f.severity.label(),
                null,
                null,
                false);
    }

    static FindingChange explained(Finding f) {
        return new FindingChange(
                FindingEvent.Kind.EXPLAINED.name(),
                FindingEvent.Kind.EXPLAINED.label(),
                f.explainedAt,
                time(f.explainedAt),
                f.explainedBy,
                f.explainedBy == null ? CHECKS : f.explainedBy,
                FindingState.EXPLAINED.name(),
                FindingState.EXPLAINED.label(),
                f.severity.name(),
                f.severity.label(),
                null,
                f.explanation,
                false);
    }

    private static String label(FindingEvent.Kind kind, Severity previous, Severity now) {
        if (kind == FindingEvent.Kind.SEVERITY && previous != null) {
            return kind.label() + "：" + previous.label() + " → " + now.label();
        }
        return kind.label();
    }

    static String time(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(CHINA).format(TIME);
    }

    /** One line for the list and the export, e.g. "2026-12-03 19:10 已纠正（系统检查）". */
    public String summary() {
        String line = atText + " " + kindLabel + "（" + actorLabel + "）";
        return note == null || note.isBlank() ? line : line + "：" + note;
    }
}

package cn.jixiao.portal.finding;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One change in a finding's history: found, explained, fixed, found again, or its severity changed; when
 * and by whom (no actor: the checks). Written in the transaction that makes the change, never changed.
 */
@Entity
@Table(name = "finding_event")
public class FindingEvent extends PanacheEntityBase {
    /** What happened to the finding. */
    public enum Kind {
        OPENED("发现"),
        EXPLAINED("已说明"),
        FIXED("已纠正"),
        REOPENED("再次发现"),
        SEVERITY("严重程度调整");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @org.hibernate.annotations.TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "finding_id", nullable = false, updatable = false)
    public Long findingId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public OffsetDateTime at;

    /** Who made the change; null for the checks (系统检查). */
    public String actor;

    /** The finding's state and severity after the change. */
    @Enumerated(EnumType.STRING)
    public FindingState state;

    @Enumerated(EnumType.STRING)
    public Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_severity")
    public Severity previousSeverity;

    /** The explanation (EXPLAINED), or what moved the severity (SEVERITY). */
    public String note;

    /** Records a change of the finding as it now stands (persist the finding first: it needs its id). */
    static FindingEvent record(Finding finding, Kind kind, OffsetDateTime at, String actor, String note) {
        var e = new FindingEvent();
        e.findingId = finding.id;
        e.kind = kind;
        e.at = at;
        e.actor = actor;
        e.state = finding.state;
        e.severity = finding.severity;
        e.note = note;
        return e;
    }

    static void severityChanged(Finding finding, Severity previous, OffsetDateTime at, String actor, String note) {
        FindingEvent e = record(finding, Kind.SEVERITY, at, actor, note);
        e.previousSeverity = previous;
        e.persist();
    }

    /** The finding's changes, oldest first. */
    public static List<FindingEvent> ofFinding(long findingId) {
        return list("findingId = ?1 order by id", findingId);
    }

    /** The latest change of each finding, by finding id. */
    public static Map<Long, FindingEvent> latest(Collection<Long> findingIds) {
        var latest = new HashMap<Long, FindingEvent>();
        var ids = findingIds.stream().filter(id -> id != null).distinct().toList();
        if (ids.isEmpty()) {
            return latest;
        }
        List<FindingEvent> rows = list(
                "from FindingEvent e where e.findingId in ?1 and e.id = (select max(x.id) from FindingEvent x"
                        + " where x.findingId = e.findingId)",
                ids);
        rows.forEach(e -> latest.put(e.findingId, e));
        return latest;
    }
}

package cn.jixiao.portal.finding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A finding's history as people read it: the changes recorded with it ({@link FindingEvent}: found,
 * explained, fixed, found again, severity changed), each with when and who (系统检查 for the checks).
 */
@ApplicationScoped
public class FindingHistory {
    @Inject
    FindingService findings;

    /** A finding's history, oldest first; same rights as reading the finding. */
    @Transactional
    public List<FindingChange> history(long id) {
        Finding finding = findings.readable(id);
        return changes(finding, FindingEvent.ofFinding(id));
    }

    /** The histories of findings already read (the page's rows), read in one query. */
    @Transactional
    public Map<Long, List<FindingChange>> histories(List<Long> ids) {
        var events = new HashMap<Long, List<FindingEvent>>();
        if (!ids.isEmpty()) {
            FindingEvent.<FindingEvent>list("findingId in ?1 order by id", ids)
                    .forEach(e -> events.computeIfAbsent(e.findingId, k -> new ArrayList<>())
                            .add(e));
        }
        var histories = new HashMap<Long, List<FindingChange>>();
        for (Finding f : Finding.<Finding>list("id in ?1", ids.isEmpty() ? List.of(0L) : ids)) {
            histories.put(f.id, changes(f, events.getOrDefault(f.id, List.of())));
        }
        return histories;
    }

    /**
     * The recorded changes, completed from the finding's own columns where nothing was recorded (kept
     * before the history existed, or written by SQL): found at its first-seen time, explained when explained.
     */
    static List<FindingChange> changes(Finding finding, List<FindingEvent> events) {
        var changes = new ArrayList<FindingChange>();
        if (events.isEmpty() || events.get(0).kind != FindingEvent.Kind.OPENED) {
            changes.add(FindingChange.opened(finding));
        }
        boolean explainedRecorded = false;
        for (FindingEvent e : events) {
            changes.add(FindingChange.of(e));
            explainedRecorded |= e.kind == FindingEvent.Kind.EXPLAINED;
        }
        if (!explainedRecorded && finding.explainedAt != null) {
            changes.add(FindingChange.explained(finding));
            changes.sort(Comparator.comparing(FindingChange::at, Comparator.nullsFirst(Comparator.naturalOrder())));
        }
        return changes;
    }
}

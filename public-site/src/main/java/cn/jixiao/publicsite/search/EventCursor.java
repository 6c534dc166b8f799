package cn.jixiao.publicsite.search;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * Where the index stands in the publication_event log. Ids come from a sequence, so a transaction
 * that took id 10 may commit after the one that took id 11: skipped ids are kept as holes and
 * asked for again until they show up or time out (a rolled-back transaction never fills its hole).
 */
final class EventCursor {
    private static final int MAX_HOLES = 1000;

    private final Duration holeTimeout;
    private final TreeMap<Long, Instant> holes = new TreeMap<>();
    private long lastId;

    EventCursor(Duration holeTimeout) {
        this.holeTimeout = holeTimeout;
    }

    /** The same position and holes, to move ahead without moving this one. */
    EventCursor copy() {
        var copy = new EventCursor(holeTimeout);
        copy.lastId = lastId;
        copy.holes.putAll(holes);
        return copy;
    }

    long lastId() {
        return lastId;
    }

    Collection<Long> holes() {
        return List.copyOf(holes.keySet());
    }

    /** Starts over from an event id, e.g. after a rebuild or when an existing index is opened. */
    void reset(long id) {
        lastId = id;
        holes.clear();
    }

    /**
     * Starts over from a committed position: the last id and the holes before it that were still open
     * (a restored snapshot or an index found on disk asks for them again, as if just seen).
     */
    void reset(long id, Collection<Long> openHoles, Instant now) {
        reset(id);
        for (long hole : openHoles) {
            if (hole < id && holes.size() < MAX_HOLES) {
                holes.put(hole, now);
            }
        }
    }

    /** Records the event ids just applied (any order) and forgets holes that are too old. */
    void advance(Collection<Long> appliedIds, Instant now) {
        for (long id : appliedIds.stream().sorted().toList()) {
            holes.remove(id);
            for (long missing = Math.max(lastId + 1, id - MAX_HOLES); missing < id; missing++) {
                holes.putIfAbsent(missing, now);
            }
            lastId = Math.max(lastId, id);
        }
        holes.values().removeIf(seen -> seen.plus(holeTimeout).isBefore(now));
        while (holes.size() > MAX_HOLES) {
            holes.pollFirstEntry();
        }
    }
}

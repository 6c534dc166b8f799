package cn.jixiao.publicsite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventCursorTest {
    private static final Instant NOW = Instant.parse("2024-03-01T08:00:00Z");

    @Test
    void followsConsecutiveEvents() {
        var cursor = new EventCursor(Duration.ofSeconds(60));
        cursor.reset(10);

        cursor.advance(List.of(12L, 11L), NOW);

        assertEquals(12, cursor.lastId());
        assertEquals(List.of(), cursor.holes());
    }

    @Test
    void remembersSkippedIdsUntilTheyArriveLate() {
        var cursor = new EventCursor(Duration.ofSeconds(60));
        cursor.reset(10);

        cursor.advance(List.of(11L, 14L), NOW);
        assertEquals(14, cursor.lastId());
        assertEquals(List.of(12L, 13L), cursor.holes());

        cursor.advance(List.of(13L), NOW.plusSeconds(1));
        assertEquals(14, cursor.lastId());
        assertEquals(List.of(12L), cursor.holes());
    }

    @Test
    void restoredPositionAsksAgainForTheHolesItWasCommittedWith() {
        var cursor = new EventCursor(Duration.ofSeconds(60));
        cursor.reset(14, List.of(12L, 13L, 20L), NOW);

        assertEquals(14, cursor.lastId());
        assertEquals(List.of(12L, 13L), cursor.holes());

        cursor.advance(List.of(12L, 15L), NOW.plusSeconds(1));
        assertEquals(List.of(13L), cursor.holes());
        cursor.advance(List.of(), NOW.plusSeconds(61));
        assertEquals(List.of(), cursor.holes());
    }

    @Test
    void forgetsHolesThatNeverFill() {
        var cursor = new EventCursor(Duration.ofSeconds(60));
        cursor.reset(0);
        cursor.advance(List.of(2L), NOW);

        cursor.advance(List.of(), NOW.plusSeconds(59));
        assertEquals(List.of(1L), cursor.holes());

        cursor.advance(List.of(), NOW.plusSeconds(61));
        assertEquals(List.of(), cursor.holes());
    }

    @Test
    void resetStartsOverWithoutHoles() {
        var cursor = new EventCursor(Duration.ofSeconds(60));
        cursor.advance(List.of(5L), NOW);

        cursor.reset(40);

        assertEquals(40, cursor.lastId());
        assertEquals(List.of(), cursor.holes());
    }
}

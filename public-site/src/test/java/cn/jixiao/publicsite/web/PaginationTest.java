package cn.jixiao.publicsite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PaginationTest {

    @Test
    void showsAWindowOfPagesAroundTheCurrentOne() {
        var pagination = new Pagination(5, 10, 95);

        assertEquals(10, pagination.pages());
        assertEquals(List.of(3, 4, 5, 6, 7), pagination.numbers());
        assertTrue(pagination.hasPrevious());
        assertTrue(pagination.hasNext());
        assertEquals(41, pagination.from());
        assertEquals(50, pagination.to());
    }

    @Test
    void oneShortPageNeedsNoLinks() {
        var pagination = new Pagination(1, 10, 5);

        assertFalse(pagination.needed());
        assertEquals(5, pagination.to());
    }

    @Test
    void aPagePastTheEndShowsNoImpossibleRange() {
        var pagination = new Pagination(11, 10, 5);

        assertTrue(pagination.pastTheEnd());
        assertEquals(0, pagination.from());
        assertEquals(0, pagination.to());
        assertFalse(new Pagination(1, 10, 5).pastTheEnd());
        assertFalse(new Pagination(3, 10, 0).pastTheEnd(), "no results at all is the empty state, not past the end");
    }

    @Test
    void theLastPageEndsAtTheTotal() {
        var pagination = new Pagination(3, 10, 25);

        assertEquals(21, pagination.from());
        assertEquals(25, pagination.to());
        assertFalse(pagination.hasNext());
    }

    @Test
    void lenientPagingFallsBackToTheFirstPage() {
        assertEquals(1, Paging.lenient("abc").page());
        assertEquals(1, Paging.lenient("-3").page());
        assertEquals(3, Paging.lenient("3").page());
    }
}

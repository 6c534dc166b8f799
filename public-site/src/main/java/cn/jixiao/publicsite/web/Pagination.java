package cn.jixiao.publicsite.web;

import java.util.List;
import java.util.stream.IntStream;

/** The page links under a result list: previous, a window of page numbers, next. */
public record Pagination(int page, int size, long total) {
    private static final int WINDOW = 2;

    public int pages() {
        return (int) Math.min(Paging.MAX_PAGE, (total + size - 1) / size);
    }

    public boolean needed() {
        return pages() > 1;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    public int previous() {
        return page - 1;
    }

    public int next() {
        return page + 1;
    }

    /** Page numbers around the current one. */
    public List<Integer> numbers() {
        int first = Math.max(1, page - WINDOW);
        int last = Math.min(pages(), page + WINDOW);
        return IntStream.rangeClosed(first, last).boxed().toList();
    }

    /** A page after the last one (there are results, but none on this page). */
    public boolean pastTheEnd() {
        return total > 0 && page > pages();
    }

    /** 1-based position of the first hit on this page (0 when the page holds none). */
    public long from() {
        long first = (long) (page - 1) * size + 1;
        return first > total ? 0 : first;
    }

    /** Position of the last hit on this page (0 when the page holds none): never before {@link #from()}. */
    public long to() {
        return from() == 0 ? 0 : Math.min(total, (long) page * size);
    }
}

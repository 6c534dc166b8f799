package cn.jixiao.publicsite.web;

import java.util.List;
import java.util.stream.IntStream;

/** The page links under a result list: previous, a window of page numbers, next. */
public record Pagination(int page, int size, long total) {
    private static final int WINDOW = 2;

    public int pages() {
        return (int) Math.min(PageRequest.MAX_PAGE, (total + size - 1) / size);
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

    /** 1-based position of the first hit on this page. */
    public long from() {
        return total == 0 ? 0 : (long) (page - 1) * size + 1;
    }

    public long to() {
        return Math.min(total, (long) page * size);
    }
}

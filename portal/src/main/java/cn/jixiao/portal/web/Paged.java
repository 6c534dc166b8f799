package cn.jixiao.portal.web;

import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as every list of the portal answers (JSON and pages alike): its rows, how many
 * match in all, which page (from 0) of what size, and the order they are in (the list's sort key,
 * null where a list has one fixed order).
 */
@TemplateData
public record Paged<T>(List<T> items, long total, int page, int size, String sort) {

    public Paged(List<T> items, long total, int page, int size) {
        this(items, total, page, size, null);
    }

    public <R> Paged<R> map(Function<? super T, ? extends R> mapper) {
        return new Paged<>(items.stream().<R>map(mapper).toList(), total, page, size, sort);
    }

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pageCount();
    }

    /** The 1-based position of the first row shown, 0 when the page shows none. */
    public long from() {
        return items.isEmpty() ? 0 : (long) page * size + 1;
    }

    /** The 1-based position of the last row shown, 0 when the page shows none. */
    public long to() {
        return items.isEmpty() ? 0 : (long) page * size + items.size();
    }

    /** A page asked for beyond the last one: it shows nothing though the list has rows. */
    public boolean pastTheEnd() {
        return items.isEmpty() && total > 0;
    }
}

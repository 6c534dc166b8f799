package cn.jixiao.portal.tabular;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every problem of a file is counted; the first {@code limit} are kept to be listed (a file of
 * 50,000 wrong rows should not produce a million-line answer).
 */
public final class ErrorList {
    private final int limit;
    private final List<CellError> kept = new ArrayList<>();
    private long total;

    public ErrorList(int limit) {
        this.limit = limit;
    }

    public void add(int row, String column, String message) {
        add(new CellError(row, column, message));
    }

    public void add(CellError error) {
        total++;
        if (kept.size() < limit) {
            kept.add(error);
        }
    }

    public boolean isEmpty() {
        return total == 0;
    }

    public long total() {
        return total;
    }

    public List<CellError> listed() {
        return Collections.unmodifiableList(kept);
    }

    /** The listed errors in file order (row, then column position as found). */
    public List<CellError> sorted() {
        var copy = new ArrayList<>(kept);
        copy.sort((a, b) -> Integer.compare(a.row(), b.row()));
        return copy;
    }
}

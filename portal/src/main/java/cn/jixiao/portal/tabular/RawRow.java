package cn.jixiao.portal.tabular;

import java.util.List;

/** One row as read: its number as Excel shows it (1 = the first row) and its cells from column A on. */
public record RawRow(int number, List<RawCell> cells) {

    public RawCell cell(int index) {
        return index < cells.size() ? cells.get(index) : RawCell.EMPTY;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(RawCell::isBlank);
    }
}

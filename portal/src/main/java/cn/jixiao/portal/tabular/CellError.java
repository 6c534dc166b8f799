package cn.jixiao.portal.tabular;

/**
 * One problem in an uploaded file, where the user will find it in Excel: the row number as Excel
 * shows it and the column's header. {@code column} is null for a problem with the whole row, and
 * {@code row} is 0 for a problem with the whole file.
 */
public record CellError(int row, String column, String message) {

    /** e.g. 第 5 行「金额（万元）」：不是有效的数字 (not a valid number) */
    public String text() {
        if (row <= 0) {
            return column == null ? "文件：" + message : "文件「" + column + "」：" + message;
        }
        return column == null ? "第 " + row + " 行：" + message : "第 " + row + " 行「" + column + "」：" + message;
    }
}

package cn.jixiao.publicsite.report;

import java.util.List;

/**
 * One block of a report body: a section heading, a sub-heading, a paragraph, a bulleted list or a
 * table.
 *
 * @param text  the heading's or paragraph's text; a table's caption (empty when it has none)
 * @param items a list's items
 * @param rows  a table's rows, the first one its header row; every row as wide as the widest
 */
public record BodyBlock(Kind kind, String text, List<String> items, List<List<String>> rows) {

    public enum Kind {
        HEADING,
        SUBHEADING,
        PARAGRAPH,
        LIST,
        TABLE
    }

    public static BodyBlock heading(String text) {
        return new BodyBlock(Kind.HEADING, text, List.of(), List.of());
    }

    public static BodyBlock subheading(String text) {
        return new BodyBlock(Kind.SUBHEADING, text, List.of(), List.of());
    }

    public static BodyBlock paragraph(String text) {
        return new BodyBlock(Kind.PARAGRAPH, text, List.of(), List.of());
    }

    public static BodyBlock list(List<String> items) {
        return new BodyBlock(Kind.LIST, "", List.copyOf(items), List.of());
    }

    /** A table; short rows are padded with empty cells so every column has a header and a cell in each row. */
    public static BodyBlock table(String caption, List<List<String>> rows) {
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        List<List<String>> padded = rows.stream()
                .map(row -> {
                    if (row.size() == width) {
                        return List.copyOf(row);
                    }
                    var cells = new java.util.ArrayList<>(row);
                    while (cells.size() < width) {
                        cells.add("");
                    }
                    return List.copyOf(cells);
                })
                .toList();
        return new BodyBlock(Kind.TABLE, caption == null ? "" : caption, List.of(), padded);
    }

    public boolean heading() {
        return kind == Kind.HEADING;
    }

    public boolean subheading() {
        return kind == Kind.SUBHEADING;
    }

    public boolean paragraph() {
        return kind == Kind.PARAGRAPH;
    }

    public boolean list() {
        return kind == Kind.LIST;
    }

    public boolean table() {
        return kind == Kind.TABLE;
    }

    public boolean hasCaption() {
        return !text.isEmpty();
    }

    /** A table's header row. */
    public List<String> header() {
        return rows.isEmpty() ? List.of() : rows.getFirst();
    }

    /** A table's rows below the header. */
    public List<List<String>> dataRows() {
        return rows.size() < 2 ? List.of() : rows.subList(1, rows.size());
    }
}

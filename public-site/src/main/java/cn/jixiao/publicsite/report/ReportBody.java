package cn.jixiao.publicsite.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the light markup report bodies are written in (the issue-11 contract): "## " starts a
 * section heading, "### " a sub-heading, "- " a list item, a blank line ends a paragraph; a run of
 * lines starting with "|" is a table (cells between pipes, the first row the header), and a line
 * "表：caption" directly before a table is its caption.
 */
public final class ReportBody {
    private static final String HEADING = "## ";
    private static final String SUBHEADING = "### ";
    private static final String ITEM = "- ";
    private static final String ROW = "|";
    private static final String CAPTION = "表：";

    private ReportBody() {}

    public static List<BodyBlock> parse(String body) {
        var parser = new Parser();
        if (body != null) {
            body.lines().map(String::strip).forEach(parser::line);
        }
        return parser.finish();
    }

    /** The body as plain text (markup removed, one block per line, a table's cells too), for indexing and snippets. */
    public static String plainText(String body) {
        var text = new StringBuilder();
        for (BodyBlock block : parse(body)) {
            if (block.list()) {
                block.items().forEach(item -> text.append(item).append('\n'));
            } else if (block.table()) {
                if (block.hasCaption()) {
                    text.append(block.text()).append('\n');
                }
                block.rows()
                        .forEach(row ->
                                text.append(String.join(" ", row).strip()).append('\n'));
            } else {
                text.append(block.text()).append('\n');
            }
        }
        return text.toString().strip();
    }

    private static final class Parser {
        private final List<BodyBlock> blocks = new ArrayList<>();
        private final List<String> items = new ArrayList<>();
        private final List<List<String>> rows = new ArrayList<>();
        private final StringBuilder paragraph = new StringBuilder();
        private String caption;

        void line(String line) {
            if (!line.startsWith(ROW)) {
                flushTable();
                flushCaption();
            }
            if (line.isEmpty()) {
                flush();
            } else if (line.startsWith(ROW)) {
                flushParagraph();
                flushList();
                List<String> cells = cells(line);
                if (!isRule(cells)) {
                    rows.add(cells);
                }
            } else if (line.startsWith(SUBHEADING)) {
                flush();
                blocks.add(
                        BodyBlock.subheading(line.substring(SUBHEADING.length()).strip()));
            } else if (line.startsWith(HEADING)) {
                flush();
                blocks.add(BodyBlock.heading(line.substring(HEADING.length()).strip()));
            } else if (line.startsWith(ITEM)) {
                flushParagraph();
                items.add(line.substring(ITEM.length()).strip());
            } else if (line.startsWith(CAPTION)) {
                flush();
                caption = line.substring(CAPTION.length()).strip();
            } else {
                flushList();
                join(line);
            }
        }

        List<BodyBlock> finish() {
            flushTable();
            flush();
            return List.copyOf(blocks);
        }

        /** "| a | b |" → [a, b]; the outer pipes are optional. */
        private static List<String> cells(String line) {
            String inner = line.substring(1);
            if (inner.endsWith(ROW)) {
                inner = inner.substring(0, inner.length() - 1);
            }
            return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
        }

        /** A Markdown-style rule under the header ("|---|:--:|") is decoration, not a row. */
        private static boolean isRule(List<String> cells) {
            return cells.stream().allMatch(cell -> cell.matches(":?-+:?"));
        }

        private void join(String line) {
            if (!paragraph.isEmpty()
                    && isAsciiWord(paragraph.charAt(paragraph.length() - 1))
                    && isAsciiWord(line.charAt(0))) {
                paragraph.append(' ');
            }
            paragraph.append(line);
        }

        private void flush() {
            flushParagraph();
            flushList();
            flushCaption();
        }

        private void flushTable() {
            if (!rows.isEmpty()) {
                blocks.add(BodyBlock.table(caption, rows));
                rows.clear();
                caption = null;
            }
        }

        /** A caption line not followed by a table is an ordinary paragraph. */
        private void flushCaption() {
            if (caption != null && rows.isEmpty()) {
                blocks.add(BodyBlock.paragraph(CAPTION + caption));
                caption = null;
            }
        }

        private void flushParagraph() {
            if (!paragraph.isEmpty()) {
                blocks.add(BodyBlock.paragraph(paragraph.toString()));
                paragraph.setLength(0);
            }
        }

        private void flushList() {
            if (!items.isEmpty()) {
                blocks.add(BodyBlock.list(items));
                items.clear();
            }
        }

        private static boolean isAsciiWord(char c) {
            return c < 128 && Character.isLetterOrDigit(c);
        }
    }
}

package cn.jixiao.publicsite.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the light markup report bodies are written in: a line starting with "## " is a section
 * heading, a line starting with "- " a list item, and a blank line ends a paragraph.
 */
public final class ReportBody {
    private static final String HEADING = "## ";
    private static final String ITEM = "- ";

    private ReportBody() {}

    public static List<BodyBlock> parse(String body) {
        var parser = new Parser();
        if (body != null) {
            body.lines().map(String::strip).forEach(parser::line);
        }
        return parser.finish();
    }

    /** The body as plain text (markup removed, one block per line), for indexing and snippets. */
    public static String plainText(String body) {
        var text = new StringBuilder();
        for (BodyBlock block : parse(body)) {
            if (block.list()) {
                block.items().forEach(item -> text.append(item).append('\n'));
            } else {
                text.append(block.text()).append('\n');
            }
        }
        return text.toString().strip();
    }

    private static final class Parser {
        private final List<BodyBlock> blocks = new ArrayList<>();
        private final List<String> items = new ArrayList<>();
        private final StringBuilder paragraph = new StringBuilder();

        void line(String line) {
            if (line.isEmpty()) {
                flush();
            } else if (line.startsWith(HEADING)) {
                flush();
                blocks.add(BodyBlock.heading(line.substring(HEADING.length()).strip()));
            } else if (line.startsWith(ITEM)) {
                flushParagraph();
                items.add(line.substring(ITEM.length()).strip());
            } else {
                flushList();
                join(line);
            }
        }

        List<BodyBlock> finish() {
            flush();
            return List.copyOf(blocks);
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

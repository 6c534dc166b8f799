package cn.jixiao.portal.report;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The contract's body markup read back into blocks for the portal's preview, print page and PDF:
 * headings ({@code ## }, {@code ### }), paragraphs, lists ({@code - }) and tables (a run of {@code |}
 * lines, the first the header, with an optional {@code 表：} caption line just before).
 */
public final class BodyBlocks {
    private BodyBlocks() {}

    @TemplateData
    public record Block(String kind, String text, List<String> items, List<String> header, List<List<String>> rows) {
        public boolean heading() {
            return "h2".equals(kind);
        }

        public boolean subheading() {
            return "h3".equals(kind);
        }

        public boolean list() {
            return "ul".equals(kind);
        }

        public boolean table() {
            return "table".equals(kind);
        }

        public boolean paragraph() {
            return "p".equals(kind);
        }
    }

    public static List<Block> parse(String body) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = body == null ? new String[0] : body.split("\\R", -1);
        StringBuilder paragraph = new StringBuilder();
        List<String> items = new ArrayList<>();
        String caption = null;
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            if (line.startsWith("|")) {
                flush(blocks, paragraph, items);
                List<List<String>> rows = new ArrayList<>();
                while (i < lines.length && lines[i].startsWith("|")) {
                    rows.add(cells(lines[i]));
                    i++;
                }
                blocks.add(new Block("table", caption, List.of(), rows.getFirst(), rows.subList(1, rows.size())));
                caption = null;
                continue;
            }
            if (line.startsWith("表：") && i + 1 < lines.length && lines[i + 1].startsWith("|")) {
                flush(blocks, paragraph, items);
                caption = line.substring(2).strip();
            } else if (line.startsWith("## ") || line.startsWith("### ")) {
                flush(blocks, paragraph, items);
                boolean sub = line.startsWith("### ");
                blocks.add(
                        new Block(sub ? "h3" : "h2", line.substring(sub ? 4 : 3).strip(), List.of(), null, null));
            } else if (line.startsWith("- ")) {
                if (!paragraph.isEmpty()) {
                    flush(blocks, paragraph, new ArrayList<>());
                }
                items.add(line.substring(2).strip());
            } else if (line.isBlank()) {
                flush(blocks, paragraph, items);
            } else {
                if (!items.isEmpty()) {
                    flush(blocks, new StringBuilder(), items);
                }
                paragraph.append(line.strip());
            }
            i++;
        }
        flush(blocks, paragraph, items);
        return blocks;
    }

    private static void flush(List<Block> blocks, StringBuilder paragraph, List<String> items) {
        if (!paragraph.isEmpty()) {
            blocks.add(new Block("p", paragraph.toString(), List.of(), null, null));
            paragraph.setLength(0);
        }
        if (!items.isEmpty()) {
            blocks.add(new Block("ul", null, List.copyOf(items), null, null));
            items.clear();
        }
    }

    static List<String> cells(String line) {
        String s = line.strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|")) {
            s = s.substring(0, s.length() - 1);
        }
        return Arrays.stream(s.split("\\|", -1)).map(String::strip).toList();
    }
}

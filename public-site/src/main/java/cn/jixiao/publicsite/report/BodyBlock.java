package cn.jixiao.publicsite.report;

import java.util.List;

/** One block of a report body: a section heading, a paragraph or a bulleted list. */
public record BodyBlock(Kind kind, String text, List<String> items) {

    public enum Kind {
        HEADING,
        PARAGRAPH,
        LIST
    }

    public static BodyBlock heading(String text) {
        return new BodyBlock(Kind.HEADING, text, List.of());
    }

    public static BodyBlock paragraph(String text) {
        return new BodyBlock(Kind.PARAGRAPH, text, List.of());
    }

    public static BodyBlock list(List<String> items) {
        return new BodyBlock(Kind.LIST, "", List.copyOf(items));
    }

    public boolean heading() {
        return kind == Kind.HEADING;
    }

    public boolean paragraph() {
        return kind == Kind.PARAGRAPH;
    }

    public boolean list() {
        return kind == Kind.LIST;
    }
}

package cn.jixiao.publicsite.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A text with the parts that matched the query marked, as segments, so templates can render the
 * marks (and escape the text) without any HTML built in Java.
 */
public record Highlight(List<Segment> segments) {

    /** A run of text; {@code match} is true when it matched the query. */
    public record Segment(String text, boolean match) {}

    static final char START = '\uE000';
    static final char END = '\uE001';

    public static Highlight plain(String text) {
        return new Highlight(text == null || text.isEmpty() ? List.of() : List.of(new Segment(text, false)));
    }

    /** Splits text whose matches are wrapped in {@link #START} and {@link #END}. */
    static Highlight parse(String marked) {
        var segments = new ArrayList<Segment>();
        var current = new StringBuilder();
        boolean inMatch = false;
        for (char c : marked.toCharArray()) {
            if (c == START || c == END) {
                if (!current.isEmpty()) {
                    add(segments, new Segment(current.toString(), inMatch));
                    current.setLength(0);
                }
                inMatch = c == START;
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            add(segments, new Segment(current.toString(), inMatch));
        }
        return new Highlight(List.copyOf(segments));
    }

    /** Appends a segment, joined to the previous one when both are marks (自助|终端 reads as one). */
    private static void add(List<Segment> segments, Segment next) {
        if (!segments.isEmpty() && segments.getLast().match() && next.match()) {
            segments.set(segments.size() - 1, new Segment(segments.getLast().text() + next.text(), true));
        } else {
            segments.add(next);
        }
    }

    /** Drops whitespace and punctuation a cut passage starts with (、，。 …). */
    Highlight trimStart() {
        if (segments.isEmpty() || segments.getFirst().match()) {
            return this;
        }
        String first = segments.getFirst().text().replaceFirst("^[\\s\\p{P}]+", "");
        var trimmed = new ArrayList<Segment>();
        if (!first.isEmpty()) {
            trimmed.add(new Segment(first, false));
        }
        trimmed.addAll(segments.subList(1, segments.size()));
        return new Highlight(List.copyOf(trimmed));
    }

    /** Removes the marker characters from text that is about to be highlighted. */
    static String clean(String text) {
        return text == null ? "" : text.replace(START, ' ').replace(END, ' ');
    }

    /** The whole text without marks. */
    public String text() {
        var text = new StringBuilder();
        segments.forEach(segment -> text.append(segment.text()));
        return text.toString();
    }

    public boolean isEmpty() {
        return segments.isEmpty();
    }
}

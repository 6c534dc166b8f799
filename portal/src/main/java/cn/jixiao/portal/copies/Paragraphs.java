package cn.jixiao.portal.copies;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Splits a report's narratives into the paragraphs worth comparing. Headings ("### 二、年度工作目标",
 * "（一）资金使用情况") and short lines are left out: they are the same in every report by design, and
 * a copy is only worth a finding when it carries content.
 */
public final class Paragraphs {
    /** Below this many characters (after normalising) a paragraph is a heading or a phrase, not content. */
    public static final int MIN_CHARS = 40;

    private static final Pattern HEADING =
            Pattern.compile("^(#+\\s*|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[.、．]\\s*).{0,30}$");

    private Paragraphs() {}

    /** The paragraphs of every section, in the order of the map. */
    public static List<Paragraph> of(Map<String, String> narratives, int minChars) {
        var out = new ArrayList<Paragraph>();
        if (narratives == null) {
            return out;
        }
        narratives.forEach((section, text) -> out.addAll(of(section, text, minChars)));
        return out;
    }

    /** The paragraphs of one section: blocks between line breaks; list items count one by one. */
    public static List<Paragraph> of(String section, String text, int minChars) {
        var out = new ArrayList<Paragraph>();
        if (text == null) {
            return out;
        }
        int position = 0;
        for (String line : text.split("\\R")) {
            String stripped = line.strip();
            position++;
            if (stripped.isEmpty() || HEADING.matcher(stripped).matches()) {
                continue;
            }
            if (Shingles.normalise(stripped).length() < minChars) {
                continue;
            }
            out.add(new Paragraph(section, position, stripped, Shingles.of(stripped)));
        }
        return out;
    }
}

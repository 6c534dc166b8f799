package cn.jixiao.portal.finding.years;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a text speaks of a thing named by a phrase: a short phrase must stand in it as written; a
 * longer one (an item's sentence) counts as mentioned when most of its character pairs stand in two
 * sentences in a row,
 * so "严格执行政府采购制度" is found in "已严格按政府采购制度执行" but not in an unrelated paragraph.
 */
final class Mentions {
    /** Share of a long phrase's character pairs one text must hold. */
    static final double COVERAGE = 0.6;

    static final int SHORT = 8;

    private Mentions() {}

    static boolean anyMentions(List<String> texts, String phrase) {
        String p = plain(phrase);
        if (p.length() < 2) {
            return false;
        }
        for (String text : texts) {
            // within two sentences in a row: a long narrative holds most character pairs somewhere
            String[] sentences = text == null ? new String[0] : text.split("[。！？；;\\n]");
            for (int i = 0; i < sentences.length; i++) {
                String window = sentences[i] + (i + 1 < sentences.length ? sentences[i + 1] : "");
                if (mentions(plain(window), p)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean mentions(String text, String phrase) {
        if (phrase.length() <= SHORT) {
            return text.contains(phrase);
        }
        Set<String> own = new HashSet<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            own.add(text.substring(i, i + 2));
        }
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 1 < phrase.length(); i++) {
            pairs.add(phrase.substring(i, i + 2));
        }
        long held = pairs.stream().filter(own::contains).count();
        return held >= COVERAGE * pairs.size();
    }

    /** Letters and digits only: punctuation, quotation marks and spaces say nothing. */
    static String plain(String s) {
        return s == null ? "" : s.replaceAll("[\\p{P}\\p{S}\\s]", "");
    }
}

package cn.jixiao.publicsite.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Cuts query text into the units that must all occur in a hit. The word analyzer finds the words;
 * where it falls back to single characters (names and terms missing from its dictionary, such as
 * 伊金霍洛旗 or 三公), adjacent characters are joined again, so 三公经费 means "三公" and "经费", not
 * "三", "公" and "经费" anywhere in the text. English stop words (and, or, not, …) are dropped.
 */
final class QuerySegmenter {
    private static final int MAX_UNITS = 16;

    private final Analyzer analyzer;
    private final String field;

    QuerySegmenter(Analyzer analyzer, String wordField) {
        this.analyzer = analyzer;
        this.field = wordField;
    }

    /** The whitespace-separated parts of the text, without English stop words. */
    static List<String> chunks(String text) {
        var chunks = new ArrayList<String>();
        for (String chunk : text.split(" ")) {
            if (!chunk.isEmpty() && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(chunk.toLowerCase(Locale.ROOT))) {
                chunks.add(chunk);
            }
        }
        return chunks;
    }

    /** The units of all chunks, as substrings of the text, in order. */
    List<String> units(String text) {
        var units = new ArrayList<String>();
        for (String chunk : chunks(text)) {
            units.addAll(unitsOf(chunk));
        }
        return units.size() > MAX_UNITS ? units.subList(0, MAX_UNITS) : units;
    }

    /** The units of one chunk (no whitespace in it). */
    List<String> unitsOf(String chunk) {
        var units = new ArrayList<String>();
        int start = -1;
        int end = -1;
        boolean joinable = false;
        try (TokenStream tokens = analyzer.tokenStream(field, chunk)) {
            OffsetAttribute offsets = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                int tokenStart = offsets.startOffset();
                int tokenEnd = offsets.endOffset();
                boolean single = tokenEnd - tokenStart == 1 && isHan(chunk.charAt(tokenStart));
                if (single && joinable && tokenStart == end) {
                    end = tokenEnd;
                    continue;
                }
                add(units, chunk, start, end);
                start = tokenStart;
                end = tokenEnd;
                joinable = single;
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        add(units, chunk, start, end);
        return units;
    }

    private static void add(List<String> units, String chunk, int start, int end) {
        if (start < 0) {
            return;
        }
        String unit = chunk.substring(start, end);
        if (!EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(unit.toLowerCase(Locale.ROOT))) {
            units.add(unit);
        }
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}

package cn.jixiao.publicsite.search;

import java.util.HashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * Chinese analysis for the index and for queries. The product indexes each text once, as CJK
 * character pairs ({@link Mode#BIGRAMS}): on the judged set they rank as well as words and pairs
 * together and index about five times faster than SmartChinese words (public-site/README.md has the
 * figures). The other modes stay for that comparison (JudgedSetTest).
 */
final class ReportAnalyzer {
    private ReportAnalyzer() {}

    /** How texts are cut into terms. */
    enum Mode {
        /** SmartChinese words (a word the dictionary lacks falls back to single characters). */
        WORDS,
        /** Overlapping CJK character pairs. */
        BIGRAMS,
        /** Both: words in the text fields, character pairs in extra *.bigrams fields (the design before schema 2). */
        BOTH
    }

    /** The mode the product uses. */
    static final Mode CHOSEN = Mode.BIGRAMS;

    static Analyzer create() {
        return create(CHOSEN);
    }

    static Analyzer create(Mode mode) {
        Analyzer words = new SmartChineseAnalyzer();
        Analyzer bigrams = new CJKAnalyzer(CharArraySet.EMPTY_SET);
        if (mode == Mode.BIGRAMS) {
            return bigrams;
        }
        var perField = new HashMap<String, Analyzer>();
        for (ReportFields.Text text : ReportFields.Text.values()) {
            perField.put(text.bigrams(), bigrams);
        }
        return new PerFieldAnalyzerWrapper(words, perField);
    }
}

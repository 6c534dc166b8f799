package cn.jixiao.publicsite.search;

import java.util.HashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/** Chinese analysis for the index and for queries: words by default, CJK bigrams on *.bigrams fields. */
final class ReportAnalyzer {
    private ReportAnalyzer() {}

    static Analyzer create() {
        Analyzer words = new SmartChineseAnalyzer();
        Analyzer bigrams = new CJKAnalyzer(CharArraySet.EMPTY_SET);
        var perField = new HashMap<String, Analyzer>();
        for (ReportFields.Text text : ReportFields.Text.values()) {
            perField.put(text.bigrams(), bigrams);
        }
        return new PerFieldAnalyzerWrapper(words, perField);
    }
}

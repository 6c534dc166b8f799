package cn.jixiao.publicsite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.junit.jupiter.api.Test;

class QuerySegmenterTest {
    private final QuerySegmenter segmenter =
            new QuerySegmenter(new SmartChineseAnalyzer(), ReportFields.Text.BODY.field());

    @Test
    void dictionaryWordsStaySeparateUnits() {
        assertEquals(List.of("自助", "终端"), segmenter.units("自助终端"));
    }

    @Test
    void singleCharactersTheDictionaryLeftAloneAreJoinedAgain() {
        assertEquals(List.of("伊金霍洛旗"), segmenter.units("伊金霍洛旗"));
        assertEquals(List.of("保山", "三公", "经费"), segmenter.units("保山三公经费"));
    }

    @Test
    void operatorsAndPunctuationAreNotUnits() {
        assertEquals(List.of("三公"), segmenter.units("\"三公 AND ("));
        assertEquals(List.of(), segmenter.units("( ) OR"));
    }

    @Test
    void numbersAndLatinWordsAreUnits() {
        assertEquals(List.of("2021", "三公", "经费"), segmenter.units("2021 三公经费"));
        assertEquals(List.of("12345", "热线"), segmenter.units("12345热线"));
    }
}

package cn.jixiao.publicsite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.search.BooleanQuery;
import org.junit.jupiter.api.Test;

class SynonymsTest {
    private final Synonyms synonyms = Synonyms.load();

    @Test
    void theListHoldsTheGovernmentGroups() {
        assertTrue(synonyms.groupCount() >= 20, "at least 20 groups, found " + synonyms.groupCount());
        assertTrue(synonyms.groupOf("一体机").containsAll(List.of("自助终端", "自助设备", "自助机")));
        assertTrue(synonyms.groupOf("12345").containsAll(List.of("政务热线", "便民热线")));
        assertTrue(synonyms.groupOf("一网通办").contains("网上办理"));
    }

    @Test
    void aQueryIsCutAtItsSynonymTermsLongestFirst() {
        List<Synonyms.Piece> pieces = synonyms.split("伊金霍洛旗自助终端");
        assertEquals(2, pieces.size());
        assertEquals("伊金霍洛旗", pieces.get(0).text());
        assertEquals("自助终端", pieces.get(1).text());
        assertTrue(pieces.get(1).group().contains("一体机"));
    }

    @Test
    void aSynonymUnitMatchesAnyTermOfItsGroup() {
        var builder = new ReportQueryBuilder(ReportAnalyzer.create(), ReportAnalyzer.CHOSEN, synonyms, 64);
        String query = builder.build("一体机").toString();
        assertTrue(query.contains("自助") && query.contains("终端") && query.contains("热线") == false, query);
        assertTrue(builder.build("便民热线") instanceof BooleanQuery);
        assertTrue(builder.build("便民热线").toString().contains("12345"));
    }
}

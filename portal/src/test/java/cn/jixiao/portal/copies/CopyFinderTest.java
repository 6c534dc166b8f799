package cn.jixiao.portal.copies;

import static cn.jixiao.portal.copies.SeedParagraphs.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.portal.finding.FindingDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CopyFinderTest {
    static final Function<String, String> HEADING = code -> "§" + code;

    static StoredParagraph stored(long reportId, String tenant, String region, String text, boolean published) {
        return new StoredParagraph(
                reportId,
                tenant,
                region,
                "basic",
                1,
                MinHash.bandsOf(Shingles.of(text)),
                text,
                published ? "PUBLISHED" : "DRAFT",
                "报告" + reportId,
                region + "政务服务管理局",
                published ? "57980172-X-/2019-0621006" : null);
    }

    static List<FindingDraft> find(Map<String, String> narratives, List<StoredParagraph> stored) {
        List<Paragraph> own = Paragraphs.of(narratives, Paragraphs.MIN_CHARS);
        List<long[]> bands =
                own.stream().map(p -> MinHash.bandsOf(p.shingles())).toList();
        return CopyFinder.find(99, own, bands, stored, 0.5, 5, HEADING);
    }

    @Test
    void aCopyNamesItsClosestSourceWithItsIndexNumber() {
        var stored = List.of(
                stored(1, "530500", "保山市", BAOSHAN_DEVICES, true),
                stored(2, "530500", "保山市", BAOSHAN_STAFF, true),
                stored(3, "430600", "岳阳市", YUEYANG_WINDOW, false));
        List<FindingDraft> found = find(Map.of("work", BAOSHAN_DEVICES_COPIED), stored);
        assertEquals(1, found.size());
        FindingDraft d = found.getFirst();
        assertEquals(1L, d.evidence().get("otherReportId"));
        assertEquals("57980172-X-/2019-0621006", d.evidence().get("otherIndexNo"));
        assertTrue(d.subjectKey().startsWith("copy:99:"));
        assertTrue(d.message().contains("保山市") && d.message().contains("57980172-X-/2019-0621006"), d.message());
        assertTrue((double) d.evidence().get("similarity") >= 0.5);
    }

    @Test
    void aParagraphRepeatedInTheSameReportIsFound() {
        var narratives = new java.util.LinkedHashMap<String, String>();
        narratives.put("basic", YUEYANG_WINDOW);
        narratives.put("results", YUEYANG_WINDOW_NEXT_YEAR);
        List<FindingDraft> found = find(narratives, List.of());
        assertEquals(1, found.size());
        assertEquals(true, found.getFirst().evidence().get("sameReport"));
        assertEquals("basic", found.getFirst().evidence().get("otherSection"));
    }

    /** Seed 000: the six service points, each with its devices, listed one item a point. */
    static final String KIOSK_POINTS = String.join(
            "\n",
            "- 恩可社区（泰康东街水岸新城澄园北门）：智能政务服务工作台、智能文件柜、社保自助服务一体机各1台，共3台；",
            "- 文明街社区（亿成大厦东侧）：智能政务服务工作台、智能文件柜、营业执照自助终端、社保自助服务一体机、身份证拍照申请一体机、居民身份证自助领证机各1台，共6台；",
            "- 乌兰淖尔社区（宏泰绿城西门）：智能政务服务工作台、智能文件柜、社保自助服务一体机各1台，共3台；",
            "- 新北社区（馨雅苑C区）：智能政务服务工作台、智能文件柜、社保自助服务一体机、身份证拍照申请一体机、居民身份证自助领证机各1台，共5台。");

    @Test
    void theItemsOfOneListAreAlikeByDesignButAnItemRepeatedElsewhereIsFound() {
        assertEquals(List.of(), find(Map.of("basic", KIOSK_POINTS), List.of()));
        var narratives = new java.util.LinkedHashMap<String, String>();
        narratives.put("basic", KIOSK_POINTS);
        narratives.put("problems", "- 乌兰淖尔社区（宏泰绿城西门）：智能政务服务工作台、智能文件柜、社保自助服务一体机各1台，共3台，尚未验收；");
        List<FindingDraft> found = find(narratives, List.of());
        assertEquals(1, found.size());
        assertEquals("problems", found.getFirst().evidence().get("section"));
    }

    @Test
    void wordingFoundInFiveOtherReportsIsCommonWordingNotACopy() {
        var stored = new ArrayList<StoredParagraph>();
        for (long r = 1; r <= 4; r++) {
            stored.add(stored(r, "530500", "保山市", BAOSHAN_DEVICES, true));
        }
        assertEquals(1, find(Map.of("work", BAOSHAN_DEVICES_COPIED), stored).size());
        stored.add(stored(5, "430600", "岳阳市", BAOSHAN_DEVICES, true));
        assertEquals(List.of(), find(Map.of("work", BAOSHAN_DEVICES_COPIED), stored));
    }

    @Test
    void distinctParagraphsOnTheSameTopicFindNothing() {
        var stored = List.of(
                stored(1, "430600", "岳阳市", YUEYANG_WINDOW, true),
                stored(2, "150627", "伊金霍洛旗", YIJINHUOLUO_KIOSKS, true));
        assertEquals(
                List.of(), find(Map.of("basic", BAOSHAN_WINDOW_OWN_WORDS, "work", BAOSHAN_KIOSKS_OWN_WORDS), stored));
    }
}

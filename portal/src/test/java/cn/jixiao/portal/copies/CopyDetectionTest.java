package cn.jixiao.portal.copies;

import static cn.jixiao.portal.copies.SeedParagraphs.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CopyDetectionTest {
    static final double THRESHOLD = 0.5;

    static double similarity(String a, String b) {
        return Shingles.jaccard(Shingles.of(a), Shingles.of(b));
    }

    @Test
    void aCopyWithNamesFiguresAndAClauseChangedStaysAboveTheThreshold() {
        assertTrue(similarity(BAOSHAN_DEVICES, BAOSHAN_DEVICES_COPIED) >= THRESHOLD);
        // figures are normalised away: a copy with this year's figures is still nearly the same text
        assertTrue(similarity(YUEYANG_WINDOW, YUEYANG_WINDOW_NEXT_YEAR) > 0.9);
    }

    @Test
    void distinctParagraphsOnTheSameTopicStayFarBelowIt() {
        assertTrue(similarity(YUEYANG_WINDOW, BAOSHAN_WINDOW_OWN_WORDS) < 0.15);
        assertTrue(similarity(YIJINHUOLUO_KIOSKS, BAOSHAN_KIOSKS_OWN_WORDS) < 0.15);
        for (int i = 0; i < ORIGINALS.length; i++) {
            for (int j = i + 1; j < ORIGINALS.length; j++) {
                assertTrue(similarity(ORIGINALS[i], ORIGINALS[j]) < 0.15, i + " vs " + j);
            }
        }
    }

    @Test
    void normalisingDropsPunctuationAndSpacesAndFoldsDigitRuns() {
        assertEquals("预算执行率为0", Shingles.normalise("预算执行率为 100.00%"));
        assertEquals(Shingles.normalise("结余250.8744万元。"), Shingles.normalise("结余 22.2 万元，"));
        assertEquals(1.0, similarity("２０２０年全部到位，结余万元！", "2021年全部到位 结余万元"));
    }

    @Test
    void minHashAgreementEstimatesJaccard() {
        long[] a = Shingles.of(BAOSHAN_DEVICES);
        long[] b = Shingles.of(BAOSHAN_DEVICES_COPIED);
        long[] sa = MinHash.signature(a);
        long[] sb = MinHash.signature(b);
        int same = 0;
        for (int i = 0; i < MinHash.HASHES; i++) {
            same += sa[i] == sb[i] ? 1 : 0;
        }
        double estimate = (double) same / MinHash.HASHES;
        assertEquals(Shingles.jaccard(a, b), estimate, 0.15);
        // signatures are stored: the same text always gives the same bands
        assertTrue(java.util.Arrays.equals(MinHash.bandsOf(a), MinHash.bandsOf(Shingles.of(BAOSHAN_DEVICES))));
    }

    @Test
    void theBandIndexFindsEachPlantedCopyAndConfirmsNoDistinctParagraph() {
        List<String> corpus = new ArrayList<>(List.of(ORIGINALS));
        corpus.add(BAOSHAN_WINDOW_OWN_WORDS);
        corpus.add(BAOSHAN_KIOSKS_OWN_WORDS);
        var index = new BandIndex();
        for (int id = 0; id < corpus.size(); id++) {
            index.add(id, MinHash.bandsOf(Shingles.of(corpus.get(id))));
        }
        Map<String, Integer> planted = Map.of(BAOSHAN_DEVICES_COPIED, 0, YUEYANG_WINDOW_NEXT_YEAR, 1);
        planted.forEach((copy, source) -> {
            long[] shingles = Shingles.of(copy);
            BitSet candidates = index.candidates(MinHash.bandsOf(shingles));
            assertTrue(candidates.get(source), "the planted copy's source is a candidate");
            List<Integer> confirmed = confirmed(corpus, candidates, shingles);
            assertEquals(List.of(source), confirmed);
        });
        // a paragraph on the same topic in other words finds nothing confirmed
        long[] other = Shingles.of(BAOSHAN_WINDOW_OWN_WORDS);
        var corpusWithout = new ArrayList<>(corpus);
        corpusWithout.remove(BAOSHAN_WINDOW_OWN_WORDS);
        var index2 = new BandIndex();
        for (int id = 0; id < corpusWithout.size(); id++) {
            index2.add(id, MinHash.bandsOf(Shingles.of(corpusWithout.get(id))));
        }
        assertTrue(confirmed(corpusWithout, index2.candidates(MinHash.bandsOf(other)), other)
                .isEmpty());
    }

    static List<Integer> confirmed(List<String> corpus, BitSet candidates, long[] shingles) {
        var out = new ArrayList<Integer>();
        candidates.stream().forEach(id -> {
            if (Shingles.jaccard(Shingles.of(corpus.get(id)), shingles) >= THRESHOLD) {
                out.add(id);
            }
        });
        return out;
    }

    @Test
    void paragraphsLeaveOutHeadingsAndShortLines() {
        String text = "### 二、年度工作目标\n\n（一）资金使用情况\n\n" + YUEYANG_WINDOW + "\n\n详见附表。\n- " + BAOSHAN_STAFF;
        List<Paragraph> paragraphs = Paragraphs.of("goals", text, Paragraphs.MIN_CHARS);
        assertEquals(2, paragraphs.size());
        assertEquals(YUEYANG_WINDOW, paragraphs.get(0).text());
        assertTrue(paragraphs.get(1).text().startsWith("- 保山市"));
        assertFalse(paragraphs.get(0).hash() == paragraphs.get(1).hash());
        // the hash follows the normalised text: spacing and figures do not change the finding's key
        assertEquals(
                Paragraphs.of("goals", YUEYANG_WINDOW, 40).getFirst().hash(),
                Paragraphs.of("goals", " " + YUEYANG_WINDOW.replace("358.392", "1") + " ", 40)
                        .getFirst()
                        .hash());
    }
}

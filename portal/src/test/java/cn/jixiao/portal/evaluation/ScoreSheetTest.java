package cn.jixiao.portal.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.jixiao.platform.publication.Grade;
import cn.jixiao.portal.evaluation.service.ScoreSheet;
import cn.jixiao.portal.evaluation.service.ScoreSheet.Node;
import cn.jixiao.portal.indicator.RuleParams;
import cn.jixiao.portal.indicator.ScoringRule;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreSheetTest {
    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void levelsAreSumsOfTheirChildrenAndTheGradeFollowsTheTotal() {
        // seed 000's level-1 scores as leaves under four level-1 indicators
        var nodes = List.of(
                new Node(1, null, 1, d("15"), null),
                new Node(2, null, 1, d("20"), null),
                new Node(3, null, 1, d("30"), null),
                new Node(4, null, 1, d("35"), null),
                new Node(11, 1L, 2, d("15"), null),
                new Node(111, 11L, 3, d("10"), d("8.00")),
                new Node(112, 11L, 3, d("5"), d("3.55")),
                new Node(21, 2L, 3, d("20"), d("18.48")),
                new Node(31, 3L, 3, d("30"), d("24.34")),
                new Node(41, 4L, 3, d("35"), d("30.90")));
        var totals = ScoreSheet.totals(nodes);
        assertEquals(d("11.55"), totals.of(1));
        assertEquals(d("11.55"), totals.of(11));
        assertEquals(d("85.27"), totals.total());
        assertEquals(Grade.GOOD, totals.grade());
        assertEquals(List.of(), totals.unscored());
    }

    @Test
    void anUnscoredLeafCountsZeroAndIsNamed() {
        var totals = ScoreSheet.totals(List.of(
                new Node(1, null, 1, d("100"), null),
                new Node(2, 1L, 3, d("90"), d("90")),
                new Node(3, 1L, 3, d("10"), null)));
        assertEquals(d("90.00"), totals.total());
        assertEquals(Grade.EXCELLENT, totals.grade());
        assertEquals(List.of(3L), totals.unscored());
    }

    @Test
    void aChecklistOrYesNoWithNothingTickedYetIsNotScoredButAnEmptyTickListScoresZero() {
        var params = RuleParams.checklist(List.of(
                new RuleParams.ChecklistItem("①符合分配办法", d("2")), new RuleParams.ChecklistItem("②分配公平合理", d("3"))));
        assertNull(ScoreSheet.computed(ScoringRule.CHECKLIST, params, d("5"), null, null, null, null));
        assertEquals(
                d("0.00"), ScoreSheet.computed(ScoringRule.CHECKLIST, params, d("5"), null, null, null, List.of()));
        assertEquals(
                d("3.00"), ScoreSheet.computed(ScoringRule.CHECKLIST, params, d("5"), null, null, null, List.of(1)));
        assertNull(ScoreSheet.computed(ScoringRule.YES_NO, null, d("3"), null, null, null, null));
        assertEquals(d("3.00"), ScoreSheet.computed(ScoringRule.YES_NO, null, d("3"), null, null, null, List.of(0)));
        // seed 003's 到位率: 358.392 arrived of 358.392 planned, weight 3
        assertEquals(d("3.00"), ScoreSheet.computed(ScoringRule.RECORD, null, d("3"), null, null, d("100.00"), null));
        assertNull(ScoreSheet.computed(ScoringRule.MANUAL, null, d("8"), null, null, d("1"), null));
    }
}

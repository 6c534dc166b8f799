package cn.jixiao.portal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The 数据说明 a published report carries: the contradicted sentence is marked where it stands, and a
 * closing section lists the figure, the records' value and the finance reviewer's explanation. Figures
 * of seed 003 (358.392 万元 arrived, 107.5176 万元 spent: 30.00 %), stated as 100.00 %.
 */
class DataNotesTest {
    static final String SENTENCE = "项目合同款已按进度支付，预算执行率为100.00%";

    /** The markup of one note, exactly as public-site's ReportDataNotesPageTest reads it back. */
    static final String SECTION = "## 数据说明\n\n"
            + "下列数字经核查与业务记录（或本报告其他部分）不一致，财政审核人已审核并作出说明，随报告一并公开。\n\n"
            + "表：数据说明\n"
            + "| 序号 | 位置 | 报告所写 | 记录所示 | 财政审核说明 |\n"
            + "| 1 | 一、项目基本情况 | 「项目合同款已按进度支付，预算执行率为100.00%」预算执行率 100.00% | 30.00%（本报告自评表的预算执行率） |"
            + " 正文数字照录合同付款计划，以自评表为准（2021-03-05 说明） |";

    static DataNotes.Note note() {
        return new DataNotes.Note(
                "basic",
                "一、项目基本情况",
                SENTENCE,
                "预算执行率 100.00%",
                "30.00%（本报告自评表的预算执行率）",
                "正文数字照录合同付款计划，以自评表为准",
                LocalDate.of(2021, 3, 5));
    }

    @Test
    void anExplainedFigureIsMarkedInItsSentenceAndListedWithTheRecordAndTheExplanation() {
        String body = ReportComposer.body(
                ReportComposerTest.figures(),
                Map.of("basic", "本项目年度预算数358.392万元。" + SENTENCE + "。\n其余资金结转下年。"),
                List.of(note()));
        assertTrue(body.contains(SENTENCE + "。〔数据说明1〕\n其余资金结转下年。"), body);
        assertTrue(body.endsWith(SECTION), body);

        List<BodyBlocks.Block> blocks = BodyBlocks.parse(body);
        assertEquals("数据说明", blocks.get(blocks.size() - 3).text());
        BodyBlocks.Block table = blocks.getLast();
        assertTrue(table.table());
        assertEquals("数据说明", table.text());
        assertEquals(List.of("序号", "位置", "报告所写", "记录所示", "财政审核说明"), table.header());
        assertEquals("30.00%（本报告自评表的预算执行率）", table.rows().getFirst().get(3));
        assertTrue(table.rows().getFirst().get(4).startsWith("正文数字照录合同付款计划"));
    }

    @Test
    void aNoteOnAnotherSectionOrATableFigureIsListedButMarksNoSentence() {
        var onTable = new DataNotes.Note(null, "指标“预算执行率”", null, "预算执行率 100", "30（项目资金记录）", "以决算为准", null);
        String body = ReportComposer.body(
                ReportComposerTest.figures(), Map.of("goals", SENTENCE + "。"), List.of(note(), onTable));
        assertFalse(body.contains("〔数据说明"), body);
        assertTrue(body.contains("| 2 | 指标“预算执行率” | 预算执行率 100 | 30（项目资金记录） | 以决算为准 |"), body);
    }

    @Test
    void aReportWithoutExplainedFindingsHasNoDataNotes() {
        String body = ReportComposer.body(ReportComposerTest.figures(), Map.of("basic", SENTENCE + "。"), List.of());
        assertFalse(body.contains("数据说明"), body);
        assertEquals(ReportComposer.body(ReportComposerTest.figures(), Map.of("basic", SENTENCE + "。")), body);
    }
}

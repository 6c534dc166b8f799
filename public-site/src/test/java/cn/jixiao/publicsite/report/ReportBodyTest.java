package cn.jixiao.publicsite.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportBodyTest {

    private static final String BODY = """
            ## 一、项目概况

            项目由旗政务局牵头，
            建设期为2022年全年。

            6处服务点如下：
            - 恩可社区：3台；
            - 南苑社区：5台。
            ## 二、结论
            综合得分85.27分。""";

    @Test
    void headingsParagraphsAndListsAreSeparateBlocks() {
        List<BodyBlock> blocks = ReportBody.parse(BODY);

        assertEquals(
                List.of(
                        BodyBlock.heading("一、项目概况"),
                        BodyBlock.paragraph("项目由旗政务局牵头，建设期为2022年全年。"),
                        BodyBlock.paragraph("6处服务点如下："),
                        BodyBlock.list(List.of("恩可社区：3台；", "南苑社区：5台。")),
                        BodyBlock.heading("二、结论"),
                        BodyBlock.paragraph("综合得分85.27分。")),
                blocks);
    }

    @Test
    void englishWordsOnWrappedLinesKeepTheirSpace() {
        assertEquals(
                List.of(BodyBlock.paragraph("Internet plus government services")),
                ReportBody.parse("Internet plus\ngovernment services"));
    }

    @Test
    void plainTextDropsTheMarkup() {
        String text = ReportBody.plainText(BODY);

        assertTrue(text.startsWith("一、项目概况\n项目由"), text);
        assertTrue(text.contains("\n恩可社区：3台；\n南苑社区"), text);
        assertTrue(!text.contains("## ") && !text.contains("- "), text);
    }

    @Test
    void emptyBodyHasNoBlocks() {
        assertEquals(List.of(), ReportBody.parse(null));
        assertEquals(List.of(), ReportBody.parse("\n\n"));
    }

    private static final String WITH_TABLE = """
            ## 四、指标完成情况
            ### （一）产出指标
            表：指标完成情况
            | 指标 | 目标值 | 实际值 | 得分 |
            |---|---|---|---|
            | 网上可办率 | ≥70% | 82% | 10 |
            | 事项数量 | 100项 |
            说明见附件。""";

    @Test
    void subHeadingsAndTablesWithCaptionsAreBlocks() {
        List<BodyBlock> blocks = ReportBody.parse(WITH_TABLE);

        assertEquals(
                List.of(
                        BodyBlock.heading("四、指标完成情况"),
                        BodyBlock.subheading("（一）产出指标"),
                        BodyBlock.table(
                                "指标完成情况",
                                List.of(
                                        List.of("指标", "目标值", "实际值", "得分"),
                                        List.of("网上可办率", "≥70%", "82%", "10"),
                                        List.of("事项数量", "100项", "", ""))),
                        BodyBlock.paragraph("说明见附件。")),
                blocks);
        BodyBlock table = blocks.get(2);
        assertEquals(List.of("指标", "目标值", "实际值", "得分"), table.header());
        assertEquals(2, table.dataRows().size());
    }

    @Test
    void aTableWithoutOuterPipesOrCaptionStillParsesAndACaptionWithoutTableIsText() {
        assertEquals(
                List.of(BodyBlock.table("", List.of(List.of("a", "b"), List.of("1", "2")))),
                ReportBody.parse("|a|b\n|1|2|"));
        assertEquals(List.of(BodyBlock.paragraph("表：没有表格"), BodyBlock.paragraph("正文")), ReportBody.parse("表：没有表格\n正文"));
    }

    @Test
    void plainTextKeepsTableCellsAndCaptionForIndexing() {
        String text = ReportBody.plainText(WITH_TABLE);

        assertTrue(text.contains("指标完成情况\n指标 目标值 实际值 得分\n网上可办率 ≥70% 82% 10"), text);
        assertTrue(!text.contains("|") && !text.contains("### ") && !text.contains("---"), text);
    }
}

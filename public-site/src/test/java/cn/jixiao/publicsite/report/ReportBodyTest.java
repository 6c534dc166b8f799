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
}

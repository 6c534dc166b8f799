package cn.jixiao.publicsite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightTest {
    private static final String S = String.valueOf(Highlight.START);
    private static final String E = String.valueOf(Highlight.END);

    @Test
    void adjacentMarksReadAsOneMark() {
        Highlight marked = Highlight.parse("新增" + S + "自助" + E + S + "终端" + E + "十台");
        assertEquals(
                List.of(
                        new Highlight.Segment("新增", false),
                        new Highlight.Segment("自助终端", true),
                        new Highlight.Segment("十台", false)),
                marked.segments());
    }

    @Test
    void marksWithTextBetweenStayApart() {
        Highlight marked = Highlight.parse(S + "自助" + E + "服务" + S + "终端" + E);
        assertEquals(3, marked.segments().size());
        assertEquals("自助服务终端", marked.text());
    }
}

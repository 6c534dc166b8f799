package cn.jixiao.portal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.platform.publication.EvaluationScope;
import cn.jixiao.portal.evaluation.sheet.SelfEvaluationTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Placeholders and the body markup, on seed 002's figures (200 万元 spent in full, 95 points). */
class ReportComposerTest {
    static ReportFigures figures() {
        var table = new SelfEvaluationTable(
                1,
                2018,
                false,
                "项目支出绩效自评表",
                "项目名称",
                "“互联网+政务服务”智能化设备采购建设项目",
                "保山市政务服务管理局",
                "保山市政务服务管理局",
                List.of(new SelfEvaluationTable.FundRow(
                        "年度资金总额",
                        new BigDecimal("200"),
                        new BigDecimal("200"),
                        new BigDecimal("200"),
                        BigDecimal.TEN,
                        new BigDecimal("100.00"),
                        BigDecimal.TEN)),
                "采购智能化设备",
                "全部采购到位",
                List.of(new SelfEvaluationTable.IndicatorRow(
                        "产出指标",
                        1,
                        "数量指标",
                        1,
                        "智能确认签证评价一体机",
                        "100台",
                        "100台",
                        new BigDecimal("10"),
                        new BigDecimal("10"),
                        null)),
                new BigDecimal("95.00"),
                "优",
                "自评组");
        return new ReportFigures(
                1,
                EvaluationScope.PROJECT,
                2018,
                "绩效自评",
                "“互联网+政务服务”智能化设备采购建设项目",
                "保山市政务服务管理局",
                new BigDecimal("200"),
                new BigDecimal("200"),
                new BigDecimal("200"),
                new BigDecimal("100.00"),
                new BigDecimal("100.00"),
                new BigDecimal("95.00"),
                "优",
                List.of(new ReportFigures.Level("产出", new BigDecimal("50"), new BigDecimal("48.5"))),
                "采购智能化设备",
                "全部采购到位",
                "自评组",
                LocalDate.of(2019, 6, 21),
                List.of(),
                List.of(new ReportFigures.Item("PROBLEM", "存在问题", "部分流程有待规范|细化", null, null, null)),
                table);
    }

    @Test
    void placeholdersResolveFromTheRecordsAndUnknownOnesAreNamed() {
        String text = "预算{年度预算数}，执行率{预算执行率}，到位率{资金到位率}，得分{总分}（{等级}），{一级指标得分}。";
        assertEquals(List.of(), Placeholders.unknown(text));
        assertEquals("预算200万元，执行率100.00%，到位率100.00%，得分95（优），产出48.5分。", Placeholders.resolve(text, figures()));
        assertEquals(List.of("执行率", "总分数"), Placeholders.unknown("{执行率}与{总分数}和{执行率}，{总分}"));
    }

    @Test
    void theBodyHasEverySectionItsTablesAndNarrativesThatCannotForgeMarkup() {
        String body = ReportComposer.body(
                figures(), Map.of("basic", "执行率{预算执行率}。\n## 伪造的标题\n| 伪造 | 表格 |", "problems", "问题如下："));
        assertTrue(body.startsWith("## 一、项目基本情况\n\n执行率100.00%。\n＃# 伪造的标题\n｜ 伪造 | 表格 |"), body);
        assertTrue(body.contains("## 八、公开情况"), body);
        assertTrue(
                body.contains("表：指标完成情况\n| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
                        + "| 产出指标 | 数量指标 | 智能确认签证评价一体机 | 100台 | 100台 | 10 | 10 |"),
                body);
        assertTrue(body.contains("| 合计 | 100 | 95 | 等级：优 |"), body);
        assertTrue(body.contains("问题如下：\n\n- 部分流程有待规范｜细化"), body);
        List<BodyBlocks.Block> blocks = BodyBlocks.parse(body);
        assertEquals(8, blocks.stream().filter(BodyBlocks.Block::heading).count());
        BodyBlocks.Block indicators = blocks.stream()
                .filter(b -> b.table() && "指标完成情况".equals(b.text()))
                .findFirst()
                .orElseThrow();
        assertEquals(7, indicators.header().size());
        assertEquals("智能确认签证评价一体机", indicators.rows().getFirst().get(2));
    }
}

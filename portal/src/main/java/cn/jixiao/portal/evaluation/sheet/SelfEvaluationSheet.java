package cn.jixiao.portal.evaluation.sheet;

import cn.jixiao.portal.evaluation.sheet.SelfEvaluationTable.FundRow;
import cn.jixiao.portal.evaluation.sheet.SelfEvaluationTable.IndicatorRow;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the self-evaluation table as one .xlsx sheet of eight columns, merged headings and thin
 * borders, ready to print on A4: title, header, funds block (万元), goals, indicators, 总分.
 */
public final class SelfEvaluationSheet {
    static final int COLUMNS = 8;
    static final String MONEY = "0.000000";
    static final String SCORE = "0.00";
    static final String PERCENT = "0.00\"%\"";

    private final Worksheet sheet;
    private int row;

    private SelfEvaluationSheet(Worksheet sheet) {
        this.sheet = sheet;
    }

    public static void write(SelfEvaluationTable table, OutputStream out) throws IOException {
        var workbook = new Workbook(out, "jixiao", "1.0");
        Worksheet ws = workbook.newWorksheet(table.departmentWide() ? "部门整体支出绩效自评表" : "项目支出绩效自评表");
        new SelfEvaluationSheet(ws).fill(table);
        workbook.finish();
    }

    private void fill(SelfEvaluationTable t) {
        double[] widths = {14, 16, 26, 14, 14, 10, 10, 30};
        for (int c = 0; c < COLUMNS; c++) {
            sheet.width(c, widths[c]);
        }
        title(t.title());
        merge(row, 0, row, 7, "（" + t.year() + "年度）");
        sheet.range(row, 0, row, 7).style().horizontalAlignment("center").set();
        row++;

        label(row, 0, row, 1, t.subjectLabel());
        text(row, 2, row, 7, t.subjectName());
        row++;
        label(row, 0, row, 1, "主管部门");
        text(row, 2, row, 3, t.competentDepartment());
        label(row, 4, row, 5, "实施单位");
        text(row, 6, row, 7, t.implementingUnit());
        row++;

        int fundsTop = row;
        label(row, 1, row, 1, "");
        String[] headings = {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
        for (int c = 0; c < headings.length; c++) {
            label(row, c + 2, row, c + 2, headings[c]);
        }
        row++;
        for (FundRow f : t.funds()) {
            label(row, 1, row, 1, f.label());
            number(row, 2, f.initialBudget(), MONEY);
            number(row, 3, f.fullYearBudget(), MONEY);
            number(row, 4, f.spent(), MONEY);
            number(row, 5, f.weight(), SCORE);
            number(row, 6, f.ratePercent(), PERCENT);
            number(row, 7, f.score(), SCORE);
            row++;
        }
        label(fundsTop, 0, row - 1, 0, t.departmentWide() ? "年度资金（万元）" : "项目资金（万元）");

        label(row, 0, row + 1, 0, "年度总体目标");
        label(row, 1, row, 4, "预期目标");
        label(row, 5, row, 7, "实际完成情况");
        row++;
        text(row, 1, row, 4, t.expectedGoal());
        text(row, 5, row, 7, t.achievedGoal());
        sheet.rowHeight(row, 90);
        row++;

        String[] columns = {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"};
        for (int c = 0; c < columns.length; c++) {
            label(row, c, row, c, columns[c]);
        }
        row++;
        for (IndicatorRow r : t.indicators()) {
            if (r.level1Span() > 0) {
                text(row, 0, row + r.level1Span() - 1, 0, r.level1());
            }
            if (r.level2Span() > 0) {
                text(row, 1, row + r.level2Span() - 1, 1, r.level2());
            }
            text(row, 2, row, 2, r.level3());
            text(row, 3, row, 3, r.target());
            text(row, 4, row, 4, r.actual());
            number(row, 5, r.weight(), SCORE);
            number(row, 6, r.score(), SCORE);
            text(row, 7, row, 7, r.deviation());
            row++;
        }
        label(row, 0, row, 4, "总分");
        number(row, 5, BigDecimal.valueOf(100), SCORE);
        number(row, 6, t.totalScore(), SCORE);
        text(row, 7, row, 7, t.gradeLabel() == null ? null : "评价等次：" + t.gradeLabel());
        sheet.style(row, 6).bold().set();
        row++;
        sheet.pageOrientation("portrait");
        sheet.paperSize(org.dhatim.fastexcel.PaperSize.A4_PAPER);
        sheet.fitToWidth((short) 1);
    }

    private void title(String title) {
        merge(row, 0, row, 7, title);
        sheet.range(row, 0, row, 7)
                .style()
                .bold()
                .fontSize(16)
                .horizontalAlignment("center")
                .set();
        sheet.rowHeight(row, 28);
        row++;
    }

    private void merge(int r1, int c1, int r2, int c2, String value) {
        if (value != null) {
            sheet.value(r1, c1, value);
        }
        if (r1 != r2 || c1 != c2) {
            sheet.range(r1, c1, r2, c2).merge();
        }
    }

    private void label(int r1, int c1, int r2, int c2, String value) {
        merge(r1, c1, r2, c2, value);
        sheet.range(r1, c1, r2, c2)
                .style()
                .bold()
                .fillColor("EEF1F4")
                .horizontalAlignment("center")
                .verticalAlignment("center")
                .wrapText(true)
                .borderStyle("thin")
                .set();
    }

    private void text(int r1, int c1, int r2, int c2, String value) {
        merge(r1, c1, r2, c2, value);
        sheet.range(r1, c1, r2, c2)
                .style()
                .verticalAlignment("center")
                .wrapText(true)
                .borderStyle("thin")
                .set();
    }

    private void number(int r, int c, BigDecimal value, String format) {
        if (value != null) {
            sheet.value(r, c, value);
        }
        sheet.style(r, c).format(format).borderStyle("thin").set();
    }
}

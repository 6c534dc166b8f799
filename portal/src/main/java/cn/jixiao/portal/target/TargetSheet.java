package cn.jixiao.portal.target;

import cn.jixiao.portal.target.dto.TargetView;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A target table as an .xlsx laid out like the 项目支出绩效目标申报表: the title, the subject, the funds in
 * 万元 (total, of which fiscal and other), the goals, the indicators under 一级/二级 headings with their
 * values, and the implementation plan with its dates.
 */
final class TargetSheet {
    private static final String MONEY = "#,##0.######";
    private static final String DATE = "yyyy-mm-dd";
    private static final int LAST = 5; // columns A to F

    private TargetSheet() {}

    static void write(TargetView t, OutputStream out) throws IOException {
        var workbook = new Workbook(out, "jixiao", "1.0");
        Worksheet s = workbook.newWorksheet("绩效目标申报表");
        s.width(0, 16);
        s.width(1, 18);
        s.width(2, 40);
        s.width(3, 18);
        s.width(4, 14);
        s.width(5, 14);
        int r = 0;
        s.value(r, 0, t.year() + "年度项目支出绩效目标申报表");
        s.range(r, 0, r, LAST).merge();
        s.style(r, 0).bold().fontSize(14).horizontalAlignment("center").set();
        r++;
        s.value(r, 0, "（第 " + t.versionNo() + " 版 · " + t.statusLabel() + "）");
        s.range(r, 0, r, LAST).merge();
        s.style(r, 0).horizontalAlignment("center").set();
        r++;
        r = labelled(s, r, "项目名称", t.subjectName());
        s.value(r, 0, "主管部门");
        s.value(r, 1, t.departmentName());
        s.range(r, 1, r, 2).merge();
        s.value(r, 3, "项目属性");
        s.value(r, 4, t.projectNatureLabel() == null ? "" : t.projectNatureLabel());
        s.range(r, 4, r, LAST).merge();
        bold(s, r, 0);
        bold(s, r, 3);
        r++;
        s.value(r, 0, "资金情况（万元）");
        s.value(r, 1, "资金总额");
        money(s, r, 2, t.totalFunds());
        s.value(r, 3, "其中：财政拨款");
        money(s, r, 4, t.fiscalFunds());
        bold(s, r, 0);
        r++;
        s.value(r, 3, "其他资金");
        money(s, r, 4, t.otherFunds());
        r++;
        r = labelled(s, r, "总体目标", t.overallGoal());
        r = labelled(s, r, "年度目标", t.yearGoal());
        if (t.changeReason() != null) {
            r = labelled(s, r, "修订原因", t.changeReason());
        }
        r++;
        header(s, r, "一级指标", "二级指标", "三级指标 / 指标内容", "指标值", "计量单位");
        r++;
        for (var i : t.indicators()) {
            s.value(r, 0, i.level1());
            s.value(r, 1, i.level2());
            s.value(r, 2, i.name());
            s.value(r, 3, i.target());
            s.value(r, 4, i.unit() == null ? "" : i.unit());
            r++;
        }
        r++;
        s.value(r, 0, "实施计划");
        bold(s, r, 0);
        r++;
        header(s, r, "步骤", "成果 / 交付物", "", "计划开始", "计划完成", "实际完成");
        r++;
        for (var step : t.planSteps()) {
            s.value(r, 0, step.name());
            s.value(r, 1, step.deliverable() == null ? "" : step.deliverable());
            s.range(r, 1, r, 2).merge();
            date(s, r, 3, step.plannedStart());
            date(s, r, 4, step.plannedFinish());
            date(s, r, 5, step.actualFinish());
            r++;
        }
        s.finish();
        workbook.finish();
    }

    private static int labelled(Worksheet s, int r, String label, String text) {
        s.value(r, 0, label);
        bold(s, r, 0);
        s.value(r, 1, text == null ? "" : text);
        s.range(r, 1, r, LAST).merge();
        s.style(r, 1).wrapText(true).set();
        return r + 1;
    }

    private static void header(Worksheet s, int r, String... names) {
        for (int c = 0; c < names.length; c++) {
            s.value(r, c, names[c]);
            s.style(r, c).bold().fillColor("EEF1F4").set();
        }
    }

    private static void bold(Worksheet s, int r, int c) {
        s.style(r, c).bold().set();
    }

    private static void money(Worksheet s, int r, int c, BigDecimal value) {
        if (value != null) {
            s.value(r, c, value);
            s.style(r, c).format(MONEY).set();
        }
    }

    private static void date(Worksheet s, int r, int c, LocalDate value) {
        if (value != null) {
            s.value(r, c, value);
            s.style(r, c).format(DATE).set();
        }
    }
}

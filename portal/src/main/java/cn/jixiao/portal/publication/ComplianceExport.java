package cn.jixiao.portal.publication;

import cn.jixiao.portal.tabular.Column;
import cn.jixiao.portal.tabular.TableFormat;
import cn.jixiao.portal.tabular.TableSpec;
import cn.jixiao.portal.tabular.TableWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** The compliance rows as a sheet (CSV or XLSX), one row per department and kind, in the page's order. */
final class ComplianceExport {
    static final TableSpec SPEC = new TableSpec(
            "公开情况",
            List.of(
                    Column.text("department", "部门"),
                    Column.integer("year", "年度", 2000, 2100),
                    Column.text("kind", "报告类型"),
                    Column.date("bureauDue", "财政部门规定的截止日期"),
                    Column.date("readyOn", "评价审核通过日期"),
                    Column.date("legalDue", "法定公开期限（20个工作日）"),
                    Column.date("due", "适用截止日期"),
                    Column.date("publishedOn", "发布日期"),
                    Column.integer("reports", "已发布报告数", 0, Integer.MAX_VALUE),
                    Column.text("state", "公开情况"),
                    Column.integer("daysLate", "逾期天数", 0, Integer.MAX_VALUE)));

    private ComplianceExport() {}

    static void write(List<ComplianceRow> rows, TableFormat format, OutputStream out) throws IOException {
        try (TableWriter writer = TableWriter.open(format, SPEC, out)) {
            for (ComplianceRow r : rows) {
                if (writer.full()) {
                    break;
                }
                writer.row(new Object[] {
                    r.departmentName(),
                    (long) r.fiscalYear(),
                    r.kindLabel(),
                    r.bureauDue(),
                    r.readyOn(),
                    r.legalDue(),
                    r.due(),
                    r.publishedOn(),
                    (long) r.reports(),
                    r.stateLabel(),
                    r.daysLate()
                });
            }
        }
    }
}

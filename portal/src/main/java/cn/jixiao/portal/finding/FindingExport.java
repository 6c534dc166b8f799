package cn.jixiao.portal.finding;

import cn.jixiao.portal.tabular.Column;
import cn.jixiao.portal.tabular.TableFormat;
import cn.jixiao.portal.tabular.TableSpec;
import cn.jixiao.portal.tabular.TableWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The findings list as a sheet (Excel or CSV) with the list's filters and rights: one row per finding, in
 * the list's order. Written to a temporary file inside the request (a batch of findings at a time), then
 * sent and deleted, so a region of a hundred thousand findings does not sit in memory.
 */
@ApplicationScoped
public class FindingExport {
    static final int BATCH = 500;

    static final TableSpec SPEC = new TableSpec(
            "核查发现",
            List.of(
                    Column.integer("id", "编号", 1, Integer.MAX_VALUE),
                    Column.text("code", "规则代码"),
                    Column.text("rule", "规则"),
                    Column.text("severity", "严重程度"),
                    Column.text("state", "状态"),
                    Column.integer("year", "年度", 2000, 2100),
                    Column.text("department", "部门"),
                    Column.text("subject", "对象"),
                    Column.text("message", "说明"),
                    Column.text("evidence", "证据"),
                    Column.text("explanation", "解释"),
                    Column.text("firstSeen", "发现时间"),
                    Column.text("lastChange", "最近变化")));

    /** The Chinese names of the evidence keys the rules use most; other keys are shown as they are. */
    static final Map<String, String> EVIDENCE_LABELS = Map.ofEntries(
            Map.entry("sentence", "原句"),
            Map.entry("section", "章节"),
            Map.entry("stated", "报告数"),
            Map.entry("statedText", "报告所写"),
            Map.entry("recorded", "记录数"),
            Map.entry("recordedText", "记录所载"),
            Map.entry("record", "记录"),
            Map.entry("records", "记录"),
            Map.entry("computed", "计算数"),
            Map.entry("quantity", "数量"),
            Map.entry("indicator", "指标"),
            Map.entry("year", "年度"),
            Map.entry("lastYear", "上年"),
            Map.entry("projectName", "项目"),
            Map.entry("vendor", "供应商"),
            Map.entry("amountWan", "金额（万元）"),
            Map.entry("weight", "分值"),
            Map.entry("score", "得分"),
            Map.entry("unit", "单位"),
            Map.entry("otherSection", "另一章节"),
            Map.entry("otherValue", "另一处数值"),
            Map.entry("similarity", "相似度"),
            Map.entry("title", "标题"),
            Map.entry("status", "状态"));

    /** A written sheet waiting to be sent: its path and size. */
    public record File(Path path, long length) {}

    @Inject
    FindingService findings;

    /** Writes the findings the filter matches (and the user may read) to a temporary file. */
    public File write(FindingFilter filter, TableFormat format) throws IOException {
        Path file = Files.createTempFile("jixiao-findings-", "." + format.extension);
        try {
            try (OutputStream out = Files.newOutputStream(file);
                    TableWriter writer = TableWriter.open(format, SPEC, out)) {
                findings.forEach(filter, BATCH, rows -> {
                    for (FindingView f : rows) {
                        if (writer.full()) {
                            return;
                        }
                        try {
                            writer.row(row(f));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                });
            }
            return new File(file, Files.size(file));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    static Object[] row(FindingView f) {
        return new Object[] {
            f.id(),
            f.code(),
            f.checkLabel(),
            f.severityLabel(),
            f.stateLabel(),
            f.year() == null ? null : f.year().longValue(),
            f.departmentName(),
            subject(f),
            f.message(),
            evidence(f.evidence()),
            f.explanation() == null
                    ? null
                    : f.explanation() + "（" + f.explainedBy() + " " + FindingChange.time(f.explainedAt()) + "）",
            FindingChange.time(f.firstSeenAt()),
            f.lastChange() == null ? null : f.lastChange().summary()
        };
    }

    /** The evaluated project or department, or the department's books for the findings across the books. */
    static String subject(FindingView f) {
        if (f.subjectName() != null) {
            return f.subjectName();
        }
        return f.departmentName() == null
                ? null
                : f.departmentName() + "（" + (f.year() == null ? "" : f.year() + "年") + "账目）";
    }

    /** The evidence as one line: "原句：…；记录：…；报告数：85.27". */
    static String evidence(Map<String, Object> evidence) {
        if (evidence == null || evidence.isEmpty()) {
            return null;
        }
        return evidence.entrySet().stream()
                .map(e -> EVIDENCE_LABELS.getOrDefault(e.getKey(), e.getKey()) + "：" + value(e.getValue()))
                .collect(Collectors.joining("；"));
    }

    private static String value(Object value) {
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.valueOf(d.longValue());
        }
        if (value instanceof List<?> list) {
            return list.stream().map(FindingExport::value).collect(Collectors.joining("、"));
        }
        return String.valueOf(value);
    }
}

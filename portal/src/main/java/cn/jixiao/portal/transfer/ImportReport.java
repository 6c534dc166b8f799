package cn.jixiao.portal.transfer;

import cn.jixiao.portal.tabular.CellError;
import cn.jixiao.portal.tabular.Column;
import cn.jixiao.portal.tabular.ParsedRow;
import cn.jixiao.portal.tabular.TableWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to an import, for the API and the page: what was (or would be) created, updated or
 * left unchanged, every problem by row and column, and the first rows of the file as read.
 * {@code token} names the uploaded file kept on the server so a preview can be confirmed.
 */
public record ImportReport(
        String sheet,
        String title,
        String mode,
        boolean committed,
        String message,
        String fileName,
        String format,
        int rowCount,
        long created,
        long updated,
        long unchanged,
        long errorCount,
        List<ErrorView> errors,
        List<String> notes,
        List<String> headers,
        List<PreviewRow> preview,
        boolean previewTruncated,
        String token) {

    public record ErrorView(int row, String column, String message, String text) {
        static ErrorView of(CellError e) {
            return new ErrorView(e.row(), e.column(), e.message(), e.text());
        }
    }

    /** A cell as the user typed it (or as read), with its problem when it has one. */
    public record PreviewCell(String text, String error) {}

    public record PreviewRow(
            int row, String action, String actionLabel, List<PreviewCell> cells, List<String> rowErrors) {
        public boolean hasErrors() {
            return !rowErrors.isEmpty() || cells.stream().anyMatch(c -> c.error() != null);
        }
    }

    public boolean valid() {
        return errorCount == 0;
    }

    /** Errors counted but not listed (only the first {@code max-listed-errors} are). */
    public long unlistedErrors() {
        return errorCount - errors.size();
    }

    /** A preview with no errors may be confirmed. */
    public boolean confirmable() {
        return !committed && valid() && token != null;
    }

    static ImportReport of(
            TransferSheet sheet,
            ImportPlan plan,
            boolean commitMode,
            boolean committed,
            String fileName,
            int previewRows,
            String token) {
        var table = plan.table();
        long created = plan.count(Action.CREATE);
        long updated = plan.count(Action.UPDATE);
        long unchanged = plan.count(Action.UNCHANGED);
        long errorCount = plan.errors().total();
        String message;
        if (errorCount > 0) {
            message = "发现 " + errorCount + " 处错误，未保存任何数据。请修改文件后重新上传 (" + errorCount
                    + " problem(s) found; nothing was saved)";
        } else if (committed) {
            message = "导入成功：新增 " + created + " 行，更新 " + updated + " 行，" + unchanged + " 行无变化 (imported: " + created
                    + " created, " + updated + " updated, " + unchanged + " unchanged)";
        } else {
            message = "检查通过：将新增 " + created + " 行，更新 " + updated + " 行，" + unchanged + " 行无变化；确认后才会保存 "
                    + "(checked: nothing is saved until you confirm)";
        }
        List<Column> shown = table.spec().columns().stream()
                .filter(c -> !c.isExportOnly() && table.has(c.key()))
                .toList();
        var cellErrors = new HashMap<Integer, Map<String, String>>();
        var rowErrors = new HashMap<Integer, List<String>>();
        for (CellError e : plan.errors().listed()) {
            if (e.column() == null) {
                rowErrors.computeIfAbsent(e.row(), k -> new ArrayList<>()).add(e.message());
            } else {
                cellErrors
                        .computeIfAbsent(e.row(), k -> new HashMap<>())
                        .merge(e.column(), e.message(), (a, b) -> a + "；" + b);
            }
        }
        var preview = new ArrayList<PreviewRow>();
        int index = 0;
        boolean truncated = false;
        for (ParsedRow row : table.rows()) {
            boolean hasError = cellErrors.containsKey(row.number()) || rowErrors.containsKey(row.number());
            if (index++ >= previewRows && !hasError) {
                truncated = true;
                continue;
            }
            preview.add(previewRow(
                    table.spec(),
                    shown,
                    row,
                    plan.actionOf(row.number()),
                    cellErrors.getOrDefault(row.number(), Map.of()),
                    rowErrors.getOrDefault(row.number(), List.of())));
        }
        return new ImportReport(
                sheet.slug(),
                sheet.title(),
                commitMode ? "commit" : "preview",
                committed,
                message,
                fileName,
                table.format().extension,
                table.rows().size(),
                created,
                updated,
                unchanged,
                errorCount,
                plan.errors().sorted().stream().map(ErrorView::of).toList(),
                table.notes(),
                shown.stream().map(Column::header).toList(),
                preview,
                truncated,
                committed || errorCount > 0 ? null : token);
    }

    private static PreviewRow previewRow(
            cn.jixiao.portal.tabular.TableSpec spec,
            List<Column> shown,
            ParsedRow row,
            Action action,
            Map<String, String> cellErrors,
            List<String> rowErrors) {
        var cells = new ArrayList<PreviewCell>(shown.size());
        for (Column column : shown) {
            int i = spec.indexOf(column.key());
            String typed = row.typed(i);
            String text = typed != null ? typed : TableWriter.text(column, row.value(i));
            cells.add(new PreviewCell(text, cellErrors.get(column.header())));
        }
        Action shownAction = action == null ? Action.INVALID : action;
        return new PreviewRow(row.number(), shownAction.name(), shownAction.label, cells, rowErrors);
    }
}

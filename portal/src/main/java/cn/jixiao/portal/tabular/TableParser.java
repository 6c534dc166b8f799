package cn.jixiao.portal.tabular;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a file against a sheet's columns and checks every cell, collecting every error with its
 * row and column instead of stopping at the first. Blank rows are skipped; reading stops at the
 * row limit (with an error), or after the header when a required column is missing.
 */
public final class TableParser {
    /** Rows above the header that may hold a title; a file with no header in them is refused. */
    static final int MAX_ROWS_BEFORE_HEADER = 20;

    private final int maxRows;
    private final int maxListedErrors;

    public TableParser(int maxRows, int maxListedErrors) {
        this.maxRows = maxRows;
        this.maxListedErrors = maxListedErrors;
    }

    public ParsedTable parse(TableSpec spec, TableFormat format, Path file) throws IOException {
        var state = new State(spec, new ErrorList(maxListedErrors));
        format.reader().read(file, state::visit);
        if (state.layout == null) {
            state.errors.add(
                    0,
                    null,
                    "找不到表头行，请确认第一行是列名，如「" + String.join("」「", spec.headers().subList(0, Math.min(3, spec.size())))
                            + "」 (no header row found)");
            return new ParsedTable(spec, format, Set.of(), List.of(), state.errors, List.of());
        }
        return new ParsedTable(
                spec, format, Set.copyOf(state.layout.presentKeys), state.rows, state.errors, state.layout.notes);
    }

    private final class State {
        final TableSpec spec;
        final ErrorList errors;
        final List<ParsedRow> rows = new ArrayList<>();
        HeaderLayout layout;
        int rowsBeforeHeader;

        State(TableSpec spec, ErrorList errors) {
            this.spec = spec;
            this.errors = errors;
        }

        boolean visit(RawRow raw) {
            if (raw.isBlank()) {
                return true;
            }
            if (layout == null) {
                long before = errors.total();
                layout = HeaderLayout.match(spec, raw, errors);
                // a missing required column makes every row wrong: say it once and stop
                return layout == null ? ++rowsBeforeHeader < MAX_ROWS_BEFORE_HEADER : errors.total() == before;
            }
            if (rows.size() >= maxRows) {
                errors.add(
                        raw.number(),
                        null,
                        "文件超过 " + maxRows + " 行数据的上限，请分批导入 (more than " + maxRows + " data rows; split the file)");
                return false;
            }
            rows.add(row(raw));
            return true;
        }

        private ParsedRow row(RawRow raw) {
            var row = new ParsedRow(spec, raw.number());
            for (Map.Entry<Integer, Integer> p : layout.positions.entrySet()) {
                Column column = spec.columns().get(p.getValue());
                RawCell cell = raw.cell(p.getKey());
                var result = CellParser.parse(column, cell);
                if (result.error() == null) {
                    row.set(p.getValue(), result.value());
                } else {
                    row.fail(p.getValue(), cell.text());
                    errors.add(raw.number(), column.header(), result.error());
                }
            }
            // a required column that is missing altogether was reported once, at the header
            return row;
        }
    }
}

package cn.jixiao.portal.transfer.web;

import cn.jixiao.portal.transfer.TransferRights;
import cn.jixiao.portal.transfer.TransferSheet;
import java.util.List;

/** A sheet as the /transfer page offers it: its columns (required ones marked), and what the user may do. */
public record SheetView(
        String slug,
        String title,
        List<String> columns,
        String matchedBy,
        boolean mayImport,
        boolean forProject,
        boolean byYear) {

    static SheetView of(TransferSheet sheet, TransferRights rights) {
        List<String> columns = sheet.spec().columns().stream()
                .filter(c -> !c.isExportOnly())
                .map(c -> c.isRequired() ? c.header() + "*" : c.header())
                .toList();
        return new SheetView(
                sheet.slug(),
                sheet.title(),
                columns,
                sheet.matchedBy(),
                sheet.mayImport(rights),
                "expenditures".equals(sheet.slug()),
                sheet.filtersByYear());
    }

    /** Column list as one line. */
    public String columnList() {
        return String.join("、", columns);
    }
}

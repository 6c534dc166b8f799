package cn.jixiao.portal.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The two file formats finance staff use, and how to tell them apart by content rather than by name. */
public enum TableFormat {
    CSV("csv", "text/csv; charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final int SNIFF_BYTES = 4096;

    public final String extension;
    public final String mediaType;

    TableFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** "csv" or "xlsx" (any case); empty when not given. */
    public static Optional<TableFormat> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        for (TableFormat f : values()) {
            if (f.extension.equals(value.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        throw new UnreadableFileException(400, "不支持的格式「" + value + "」，请用 csv 或 xlsx (format must be csv or xlsx)");
    }

    /**
     * Looks at the first bytes: a ZIP container is a workbook (XLSX), text is CSV; an old binary
     * .xls and anything else binary are refused with a 415 and a message saying what to do.
     */
    public static TableFormat sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        if (head.length == 0) {
            throw new UnreadableFileException(400, "上传的文件是空的 (the file is empty)");
        }
        if (startsWith(head, ZIP)) {
            return XLSX;
        }
        if (startsWith(head, OLE2)) {
            throw new UnreadableFileException(
                    415,
                    "不支持旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 或 CSV 后再上传 "
                            + "(old .xls workbooks are not supported; save as .xlsx or CSV)");
        }
        if (TextEncoding.looksLikeText(head)) {
            return CSV;
        }
        throw new UnreadableFileException(
                415, "文件不是 CSV 或 Excel（.xlsx）表格 (the file is neither CSV nor an .xlsx workbook)");
    }

    public TableReader reader() {
        return this == XLSX ? new XlsxTableReader() : new CsvTableReader();
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}

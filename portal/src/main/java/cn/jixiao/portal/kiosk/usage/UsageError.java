package cn.jixiao.portal.kiosk.usage;

/** One problem of a usage file: the line as the spreadsheet shows it (0: the whole file), the column, and what is wrong. */
public record UsageError(long line, String column, String message) {}

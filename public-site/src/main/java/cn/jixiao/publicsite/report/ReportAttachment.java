package cn.jixiao.publicsite.report;

/**
 * A file published with a report (the national self-evaluation table, selected evidence), kept in the
 * platform bucket under {@code objectKey}.
 *
 * @param position its number on the report page, from 1
 */
public record ReportAttachment(
        long reportId,
        int position,
        String title,
        String fileName,
        String mediaType,
        long sizeBytes,
        String objectKey) {

    /** 12.3 KB, 1.4 MB */
    public String size() {
        if (sizeBytes < 1024) {
            return sizeBytes + " B";
        }
        if (sizeBytes < 1024 * 1024) {
            return String.format("%.1f KB", sizeBytes / 1024.0);
        }
        return String.format("%.1f MB", sizeBytes / (1024.0 * 1024));
    }

    /** PDF, XLSX … from the file name. */
    public String type() {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toUpperCase(java.util.Locale.ROOT);
    }
}

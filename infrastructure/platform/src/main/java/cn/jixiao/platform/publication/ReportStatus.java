package cn.jixiao.platform.publication;

/** Where a report stands in its publication; the public role never sees drafts. */
public enum ReportStatus {
    DRAFT,
    PUBLISHED,
    WITHDRAWN
}

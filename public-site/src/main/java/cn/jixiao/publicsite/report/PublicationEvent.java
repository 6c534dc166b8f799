package cn.jixiao.publicsite.report;

/** One row of the publication log the portal writes: a report was published, updated or withdrawn. */
public record PublicationEvent(long id, long reportId, String kind) {}

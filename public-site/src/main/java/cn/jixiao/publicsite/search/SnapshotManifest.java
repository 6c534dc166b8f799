package cn.jixiao.publicsite.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one index snapshot in S3 holds: the schema version and the place in the publication log of its
 * commit, how many reports, when it was made, and each file's size and SHA-256 (checked on restore).
 * Written beside the archive ({@code <lastEventId>.json}) and as the pointer to the newest ({@code latest.json}).
 */
public record SnapshotManifest(
        String schemaVersion,
        long lastEventId,
        List<Long> eventHoles,
        int reports,
        Instant createdAt,
        String archive,
        long archiveBytes,
        Map<String, FileEntry> files) {

    /** One file of the Lucene commit. */
    public record FileEntry(long size, String sha256) {}
}

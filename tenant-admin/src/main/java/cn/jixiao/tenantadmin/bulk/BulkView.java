package cn.jixiao.tenantadmin.bulk;

import java.time.Instant;
import java.util.List;

/**
 * A bulk onboarding as the API answers it: the preview (what will be created, what exists, the bad
 * rows by line and the rows skipped), then its progress. {@code startable} is false while the file
 * has problems (fix and upload it again) or while it runs.
 */
public record BulkView(
        long id,
        String fileName,
        String createdBy,
        Instant createdAt,
        BulkJob.Status status,
        String statusLabel,
        String stopReason,
        Progress progress,
        boolean startable,
        boolean credentialsWaiting,
        List<CodeList.Problem> problems,
        List<CodeList.Skipped> skipped,
        List<Item> items) {

    /** How many items are in each state; {@code toCreate} = pending + failed. */
    public record Progress(int total, int pending, int done, int existing, int failed) {
        public int finished() {
            return done + existing;
        }

        public int toCreate() {
            return pending + failed;
        }

        /** Finished share, whole percent. */
        public int percent() {
            return total == 0 ? 100 : (int) (100L * finished() / total);
        }
    }

    public record Item(
            int row,
            String code,
            String name,
            String level,
            String parentCode,
            String parentName,
            String slug,
            String adminUsername,
            BulkItem.State state,
            String stateLabel,
            String message) {
        static Item of(BulkItem item) {
            return new Item(
                    item.rowNo,
                    item.code,
                    item.name,
                    item.level.label(),
                    item.parentCode,
                    item.parentName,
                    item.slug,
                    item.adminUsername,
                    item.state,
                    item.state.label(),
                    item.message);
        }
    }
}

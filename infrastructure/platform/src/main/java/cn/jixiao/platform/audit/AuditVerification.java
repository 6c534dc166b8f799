package cn.jixiao.platform.audit;

/**
 * What verifying one region's chain found: intact (how many entries, the head's seq and hash), or
 * the first broken entry and why.
 *
 * @param region the region's division code, or {@code platform} for the platform chain (operators' log)
 * @param ok whether every entry is intact, none missing and the chain ends at the recorded head
 * @param entries how many entries were read
 * @param anchorSeq entries up to this seq were removed by retention (0: none)
 * @param headSeq the recorded head's seq
 * @param headHash the recorded head's hash (the value to keep elsewhere to prove later entries)
 * @param brokenSeq the seq of the first broken entry (or of the first missing one), null when ok
 * @param brokenId the id of the first broken entry, when there is one to name
 * @param reason why it is broken, in Chinese and English; null when ok
 */
public record AuditVerification(
        String region,
        boolean ok,
        long entries,
        long anchorSeq,
        long headSeq,
        String headHash,
        Long brokenSeq,
        Long brokenId,
        String reason) {

    /** One line for a terminal. */
    public String line() {
        String name = AuditVerifier.PLATFORM.equals(region) ? region + " " + AuditVerifier.PLATFORM_NAME : region;
        if (ok) {
            return "OK " + name + " entries=" + entries + " head=" + headSeq + " " + headHash
                    + (anchorSeq > 0 ? " (from anchor " + anchorSeq + ")" : "");
        }
        return "BROKEN " + name + " seq=" + brokenSeq + (brokenId == null ? "" : " id=" + brokenId) + ": " + reason;
    }
}

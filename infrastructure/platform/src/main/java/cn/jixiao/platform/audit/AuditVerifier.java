package cn.jixiao.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks a region's audit chain, or the platform's own chain ({@link #PLATFORM}, migration V26: the
 * operators' log of tenant-admin, with the chain key {@code platform} in place of a region code), in seq order and recomputes every hash with {@link AuditHashes}: an
 * edited entry no longer matches its hash, a deleted one leaves a gap in seq, an inserted or reordered
 * one breaks the link to the previous hash, and entries cut from the end no longer reach the recorded
 * head. Plain JDBC, so the same code runs in tenant-admin and in {@code ./run verify-audit}; the
 * connection must see the region's rows (the platform role, or the app role inside the region); the
 * platform chain only the platform role (or the owner) can read.
 */
public final class AuditVerifier {
    /** The platform chain's key: what {@link #verify} takes and what its entries hash as their tenant_id. */
    public static final String PLATFORM = "platform";

    /** The platform chain's name for people. */
    public static final String PLATFORM_NAME = "平台运维日志";

    private static final String REGION_HEAD =
            "select anchor_seq, anchor_hash, head_seq, head_hash from audit_chain where tenant_id = ?";
    private static final String REGION_ROWS =
            "select seq, id, at, actor, action, entity, entity_id, before::text, after::text, prev_hash, hash"
                    + " from audit_log where tenant_id = ? order by seq, id";
    private static final String PLATFORM_HEAD =
            "select anchor_seq, anchor_hash, head_seq, head_hash from operator_audit_chain where chain = ?";
    private static final String PLATFORM_ROWS =
            "select seq, id, at, actor, action, entity, entity_id, before::text, after::text, prev_hash, hash"
                    + " from operator_audit_log where ? = 'platform' order by seq, id";

    private AuditVerifier() {}

    /** Every region's chain, then the platform's. */
    public static List<String> chains(Connection connection) throws SQLException {
        var chains = new ArrayList<>(regions(connection));
        chains.add(PLATFORM);
        return chains;
    }

    public static List<String> regions(Connection connection) throws SQLException {
        var regions = new ArrayList<String>();
        try (PreparedStatement s = connection.prepareStatement(
                        "select tenant_id from audit_chain union select distinct tenant_id from audit_log order by 1");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                regions.add(r.getString(1));
            }
        }
        return regions;
    }

    public static AuditVerification verify(Connection connection, String region) throws SQLException {
        long anchorSeq = 0;
        String anchorHash = AuditHashes.GENESIS;
        long headSeq = 0;
        String headHash = AuditHashes.GENESIS;
        boolean platform = PLATFORM.equals(region);
        try (PreparedStatement s = connection.prepareStatement(platform ? PLATFORM_HEAD : REGION_HEAD)) {
            s.setString(1, region);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    anchorSeq = r.getLong(1);
                    anchorHash = r.getString(2);
                    headSeq = r.getLong(3);
                    headHash = r.getString(4);
                }
            }
        }
        long expected = anchorSeq + 1;
        String previous = anchorHash;
        long count = 0;
        boolean autoCommit = connection.getAutoCommit();
        if (autoCommit) {
            connection.setAutoCommit(false); // a cursor: the rows are streamed, not held
        }
        try (PreparedStatement s = connection.prepareStatement(platform ? PLATFORM_ROWS : REGION_ROWS)) {
            s.setFetchSize(1000);
            s.setString(1, region);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long seq = r.getLong(1);
                    long id = r.getLong(2);
                    if (seq < expected) {
                        return broken(
                                region,
                                count,
                                anchorSeq,
                                headSeq,
                                headHash,
                                seq,
                                id,
                                "序号重复或早于起点 " + expected + "，记录被插入或改动 (seq repeats or precedes " + expected
                                        + ": an entry was inserted or edited)");
                    }
                    if (seq > expected) {
                        return broken(
                                region,
                                count,
                                anchorSeq,
                                headSeq,
                                headHash,
                                expected,
                                null,
                                "缺少第 " + expected + (seq - 1 > expected ? " 至 " + (seq - 1) : "") + " 条，记录被删除 (entries "
                                        + expected + ".." + (seq - 1) + " are missing: deleted)");
                    }
                    OffsetDateTime at = r.getObject(3, OffsetDateTime.class);
                    long entityIdValue = r.getLong(7);
                    Long entityId = r.wasNull() ? null : entityIdValue;
                    var entry = new AuditHashes.Entry(
                            seq,
                            region,
                            id,
                            at == null ? null : at.toInstant(),
                            r.getString(4),
                            r.getString(5),
                            r.getString(6),
                            entityId,
                            r.getString(8),
                            r.getString(9),
                            r.getString(10));
                    if (!previous.equals(entry.prevHash())) {
                        return broken(
                                region,
                                count,
                                anchorSeq,
                                headSeq,
                                headHash,
                                seq,
                                id,
                                "与前一条的哈希不相连，记录被插入、调换或删除 (prev_hash does not match the previous entry:"
                                        + " inserted, reordered or deleted)");
                    }
                    String hash = AuditHashes.hash(entry);
                    if (!hash.equals(r.getString(11))) {
                        return broken(
                                region,
                                count,
                                anchorSeq,
                                headSeq,
                                headHash,
                                seq,
                                id,
                                "内容与哈希不符，记录被改动 (the entry's content does not match its hash: edited)");
                    }
                    previous = hash;
                    expected++;
                    count++;
                }
            }
        } finally {
            if (autoCommit) {
                connection.rollback(); // it only read
                connection.setAutoCommit(true);
            }
        }
        if (expected - 1 != headSeq || !previous.equals(headHash)) {
            return broken(
                    region,
                    count,
                    anchorSeq,
                    headSeq,
                    headHash,
                    expected,
                    null,
                    expected - 1 < headSeq
                            ? "末尾缺少第 " + expected + " 至 " + headSeq + " 条，记录被删除 (entries " + expected + ".." + headSeq
                                    + " at the end are missing: deleted)"
                            : "链尾与记录的链头不一致 (the chain does not end at the recorded head)");
        }
        return new AuditVerification(region, true, count, anchorSeq, headSeq, headHash, null, null, null);
    }

    private static AuditVerification broken(
            String region, long count, long anchorSeq, long headSeq, String headHash, long seq, Long id, String why) {
        return new AuditVerification(region, false, count, anchorSeq, headSeq, headHash, seq, id, why);
    }
}

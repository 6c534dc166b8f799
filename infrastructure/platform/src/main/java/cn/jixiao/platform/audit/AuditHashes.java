package cn.jixiao.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The canonical form of an audit entry and its hash, exactly as the database trigger
 * {@code audit_log_chain} (migration V21) computes them, rebuilt here independently so a verifier does
 * not trust the code that wrote the chain. The form is written down in infrastructure/deploy/README.md
 * ("Audit") for anyone who verifies an export with their own tools.
 */
public final class AuditHashes {
    /** The previous hash of a region's first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private AuditHashes() {}

    /** One entry as stored; {@code before} and {@code after} as PostgreSQL prints jsonb. */
    public record Entry(
            long seq,
            String tenantId,
            long id,
            Instant at,
            String actor,
            String action,
            String entity,
            Long entityId,
            String before,
            String after,
            String prevHash) {}

    public static String canonical(Entry e) {
        var text = new StringBuilder("jixiao-audit-v1\n");
        for (String field : new String[] {
            Long.toString(e.seq()),
            e.tenantId(),
            Long.toString(e.id()),
            e.at() == null ? null : AT.format(e.at()),
            e.actor(),
            e.action(),
            e.entity(),
            e.entityId() == null ? null : e.entityId().toString(),
            e.before(),
            e.after(),
            e.prevHash()
        }) {
            if (field == null) {
                text.append('~');
            } else {
                text.append(field.getBytes(StandardCharsets.UTF_8).length)
                        .append(':')
                        .append(field);
            }
            text.append('\n');
        }
        return text.toString();
    }

    public static String hash(Entry e) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(canonical(e).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }
}

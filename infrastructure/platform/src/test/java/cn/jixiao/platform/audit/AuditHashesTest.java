package cn.jixiao.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The Java form of an entry's hash equals the database trigger's (V21 {@code audit_entry_hash}): the
 * expected values were computed by PostgreSQL from the same fields.
 */
class AuditHashesTest {
    private static final AuditHashes.Entry CHINESE = new AuditHashes.Entry(
            7,
            "530500",
            4242,
            Instant.parse("2026-12-03T03:04:05.000120Z"),
            "保山-财政",
            "UPDATE",
            "DepartmentBudget",
            12L,
            "{\"a\": [1, 2], \"收入\": 1.5}",
            null,
            "a".repeat(64));

    @Test
    void lengthsAreCountedInUtf8BytesAndNullsWrittenAsTilde() {
        assertEquals(
                "jixiao-audit-v1\n1:7\n6:530500\n4:4242\n27:2026-12-03T03:04:05.000120Z\n13:保山-财政\n6:UPDATE\n"
                        + "16:DepartmentBudget\n2:12\n28:{\"a\": [1, 2], \"收入\": 1.5}\n~\n64:" + "a".repeat(64) + "\n",
                AuditHashes.canonical(CHINESE));
    }

    @Test
    void theHashIsTheOnePostgresqlComputes() {
        assertEquals("74839d4eeb3efe866ee6543415f139e00896f91b3a89e7f90cab75dccd779d44", AuditHashes.hash(CHINESE));
        var first = new AuditHashes.Entry(
                1,
                "150627",
                1,
                Instant.parse("2026-12-03T11:21:58.308198Z"),
                "tester",
                "UPDATE",
                "X",
                null,
                null,
                "{\"n\": 0}",
                AuditHashes.GENESIS);
        assertEquals("bfe494c11b2e9e5c35ea879efa96c25f7daff91b6995e14caec29fe15cfa61de", AuditHashes.hash(first));
    }

    @Test
    void anyChangedFieldChangesTheHash() {
        var edited = new AuditHashes.Entry(
                7,
                "530500",
                4242,
                CHINESE.at(),
                "保山-财政",
                "UPDATE",
                "DepartmentBudget",
                12L,
                "{\"a\": [1, 2], \"收入\": 1.6}",
                null,
                "a".repeat(64));
        assertNotEquals(AuditHashes.hash(CHINESE), AuditHashes.hash(edited));
    }
}

package cn.jixiao.platform.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

/**
 * {@code ./run verify-audit [region|platform …]}: verifies the audit chain of the named regions (all,
 * and the platform chain of operators' events, 「平台运维日志」, when none is named) and prints one line per
 * chain; exits 1 when any chain is broken. It connects as the
 * platform role (reads every region, changes nothing): {@code JIXIAO_DB_URL} (default the local
 * stack's database on {@code JIXIAO_PG_PORT}), {@code JIXIAO_DB_PLATFORM_USER},
 * {@code JIXIAO_DB_PLATFORM_PASSWORD}.
 */
public final class VerifyAuditCommand {
    private VerifyAuditCommand() {}

    public static void main(String[] args) throws Exception {
        String url = env("JIXIAO_DB_URL", "jdbc:postgresql://localhost:" + env("JIXIAO_PG_PORT", "55432") + "/jixiao");
        String user = env("JIXIAO_DB_PLATFORM_USER", "jixiao_platform");
        String password = env("JIXIAO_DB_PLATFORM_PASSWORD", "jixiao-platform");
        boolean allOk = true;
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setReadOnly(true);
            List<String> chains = args.length > 0 ? List.of(args) : AuditVerifier.chains(connection);
            for (String region : chains) {
                AuditVerification result = AuditVerifier.verify(connection, region);
                System.out.println(result.line());
                allOk &= result.ok();
            }
        }
        System.exit(allOk ? 0 : 1);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

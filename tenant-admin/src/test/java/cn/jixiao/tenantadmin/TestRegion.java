package cn.jixiao.tenantadmin;

import io.agroal.api.AgroalDataSource;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A region no test has used yet: a division code from 159000–159999 (not in the demo data) that has
 * no region row, and a slug and administrator derived from it. The test stack keeps its data
 * between runs, so every test takes fresh ones.
 */
public record TestRegion(String code, String name, String slug, String adminUsername) {

    public static TestRegion fresh(AgroalDataSource owner) {
        return new TestRegion(freeCode(owner), "测试县" + suffix(), "t" + suffix() + "-" + suffix(), null).withAdmin();
    }

    public static String freeCode(AgroalDataSource owner) {
        for (int attempt = 0; attempt < 50; attempt++) {
            String code = Integer.toString(ThreadLocalRandom.current().nextInt(159000, 160000));
            if (!exists(owner, code)) {
                return code;
            }
        }
        throw new IllegalStateException("no free test division code left in 159000–159999");
    }

    public String email() {
        return adminUsername + "@test.jixiao.local";
    }

    /** The onboarding request body for this region under the demo city 鄂尔多斯市 (150600). */
    public Map<String, Object> request() {
        var body = new HashMap<String, Object>();
        body.put("code", code);
        body.put("name", name);
        body.put("level", "COUNTY");
        body.put("parentCode", "150600");
        body.put("slug", slug);
        body.put("adminUsername", adminUsername);
        body.put("adminEmail", email());
        return body;
    }

    private TestRegion withAdmin() {
        return new TestRegion(code, name, slug, slug + "-admin");
    }

    private static String suffix() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000), 36);
    }

    private static boolean exists(AgroalDataSource owner, String code) {
        try (var connection = owner.getConnection();
                var statement = connection.prepareStatement("select 1 from region where code = ?")) {
            statement.setString(1, code);
            try (var rows = statement.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads one column of the tenant row, as the database has it. */
    public static String tenantColumn(AgroalDataSource owner, String code, String column) {
        try (var connection = owner.getConnection();
                var statement = connection.prepareStatement("select " + column + " from tenant where code = ?")) {
            statement.setString(1, code);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

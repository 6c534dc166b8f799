package cn.jixiao.portal.readdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.platform.tenancy.Tenancy;
import cn.jixiao.portal.BookFixtures;
import cn.jixiao.portal.department.Department;
import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The read-down grant in both locks, below the API: row-level security shows a child's rows to SELECT
 * only when the connection is in the reader's tenant, names the child in app.read_down and the reader
 * holds the grant; the ORM reads in the child's tenant only; nothing can be written while reading down.
 */
@QuarkusTest
class ReadDownTenancyTest {
    static final String ORDOS = "150600";
    static final String YIJINHUOLUO = "150627";
    static final String SIBLING = "150698";
    static final String BAOSHAN = "530500";

    /** The application role: what the portal connects as. */
    @Inject
    AgroalDataSource appRole;

    @BeforeAll
    static void siblingWithBooks() {
        BookFixtures.execute(
                "insert into region (code, name, level, parent_code) values (?, '测试旗二', 'COUNTY', '150600')"
                        + " on conflict (code) do nothing",
                SIBLING);
        BookFixtures.execute(
                "insert into tenant (code, slug, status) values (?, 'readdown-sibling-two', 'ACTIVE')"
                        + " on conflict (code) do nothing",
                SIBLING);
        BookFixtures.execute(
                "insert into department (tenant_id, code, name) values (?, 'czj', '测试旗二财政局') on conflict do nothing",
                SIBLING);
    }

    @Test
    void withoutTheReadDownSettingNativeSqlSeesOnlyTheOwnTenant() throws Exception {
        assertEquals(Set.of(ORDOS), Tenancy.runAs(ORDOS, () -> tenantsVisible("select tenant_id from department")));
        assertEquals(Set.of(), Tenancy.runAs(ORDOS, () -> tenantsVisible("select tenant_id from device")));
        assertEquals(
                Set.of(YIJINHUOLUO),
                Tenancy.runAs(YIJINHUOLUO, () -> tenantsVisible("select tenant_id from department")));
    }

    @Test
    void readingDownShowsTheGrantedChildToSelect() throws Exception {
        Set<String> seen = Tenancy.runAs(
                ORDOS, () -> Tenancy.readDown(YIJINHUOLUO, () -> tenantsVisible("select tenant_id from department")));
        assertEquals(Set.of(ORDOS, YIJINHUOLUO), seen);
        assertEquals(
                Set.of(YIJINHUOLUO),
                Tenancy.runAs(
                        ORDOS,
                        () -> Tenancy.readDown(YIJINHUOLUO, () -> tenantsVisible("select tenant_id from device"))));
    }

    @Test
    void readingDownWithoutAGrantShowsNothingOfTheOtherTenant() throws Exception {
        // a sibling of the child, an unrelated city, the parent from below: only the own rows
        assertEquals(Set.of(ORDOS), readingDown(ORDOS, SIBLING));
        assertEquals(Set.of(ORDOS), readingDown(ORDOS, BAOSHAN));
        assertEquals(Set.of(YIJINHUOLUO), readingDown(YIJINHUOLUO, ORDOS));
        assertEquals(Set.of(YIJINHUOLUO), readingDown(YIJINHUOLUO, SIBLING));
        assertEquals(Set.of(BAOSHAN), readingDown(BAOSHAN, YIJINHUOLUO));
    }

    @Test
    void settingTheReadDownVariableByHandWithoutAGrantShowsNothing() throws Exception {
        Set<String> seen = Tenancy.runAs(BAOSHAN, () -> {
            try (Connection c = appRole.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("select set_config('app.read_down', '150627,150600', false)");
                return tenants(s, "select tenant_id from department");
            }
        });
        assertEquals(Set.of(BAOSHAN), seen);
    }

    @Test
    void theOrmReadsOnlyTheChildWhileReadingDown() throws Exception {
        Set<String> seen = Tenancy.runAs(
                ORDOS,
                () -> Tenancy.readDown(
                        YIJINHUOLUO,
                        () -> QuarkusTransaction.requiringNew()
                                .call(() -> Department.<Department>listAll().stream()
                                        .map(d -> d.tenantId)
                                        .collect(Collectors.toSet()))));
        assertEquals(Set.of(YIJINHUOLUO), seen);
        Set<String> own = Tenancy.runAs(
                ORDOS,
                () -> QuarkusTransaction.requiringNew()
                        .call(() -> Department.<Department>listAll().stream()
                                .map(d -> d.tenantId)
                                .collect(Collectors.toSet())));
        assertEquals(Set.of(ORDOS), own);
    }

    @Test
    void nothingCanBeWrittenWhileReadingDown() throws Exception {
        for (String sql : new String[] {
            "update department set name = name where tenant_id = '" + YIJINHUOLUO + "'",
            "update department set name = name where tenant_id = '" + ORDOS + "'",
            "delete from department where tenant_id = '" + YIJINHUOLUO + "' and code = 'no-such-code'",
            "insert into department (tenant_id, code, name) values ('" + YIJINHUOLUO + "', 'rd-probe', '越权写入')",
            "insert into department (tenant_id, code, name) values ('" + ORDOS + "', 'rd-probe', '只读写入')"
        }) {
            // plain JDBC, as native SQL or a job would do it
            var plain = assertThrows(
                    SQLException.class,
                    () -> Tenancy.runAs(
                            ORDOS,
                            () -> Tenancy.readDown(YIJINHUOLUO, () -> {
                                try (Connection c = appRole.getConnection();
                                        Statement s = c.createStatement()) {
                                    return s.executeUpdate(sql);
                                }
                            })),
                    sql);
            assertTrue(plain.getMessage().contains("read-only transaction"), plain.getMessage());
            // inside a transaction, through the ORM's connection
            var orm = assertThrows(
                    RuntimeException.class,
                    () -> Tenancy.runAs(
                            ORDOS,
                            () -> Tenancy.readDown(
                                    YIJINHUOLUO,
                                    () -> QuarkusTransaction.requiringNew()
                                            .call(() -> Panache.getEntityManager()
                                                    .createNativeQuery(sql)
                                                    .executeUpdate()))),
                    sql);
            assertTrue(causes(orm).contains("read-only transaction"), causes(orm));
        }
        assertEquals(0L, BookFixtures.queryLong("select count(*) from department where code = 'rd-probe'"));
    }

    @Test
    void theSelectPolicyAloneNeverLetsAWriteCross() throws Exception {
        // even with the read-only default switched off by hand, writes pass tenant_isolation only
        int updated = Tenancy.runAs(
                ORDOS,
                () -> Tenancy.readDown(YIJINHUOLUO, () -> {
                    try (Connection c = appRole.getConnection();
                            Statement s = c.createStatement()) {
                        s.execute("select set_config('default_transaction_read_only', 'off', false)");
                        return s.executeUpdate(
                                "update department set name = name where tenant_id = '" + YIJINHUOLUO + "'");
                    }
                }));
        assertEquals(0, updated, "the child's rows are not the reader's to update");
        var insert = assertThrows(
                SQLException.class,
                () -> Tenancy.runAs(
                        ORDOS,
                        () -> Tenancy.readDown(YIJINHUOLUO, () -> {
                            try (Connection c = appRole.getConnection();
                                    Statement s = c.createStatement()) {
                                s.execute("select set_config('default_transaction_read_only', 'off', false)");
                                return s.executeUpdate("insert into department (tenant_id, code, name) values ('"
                                        + YIJINHUOLUO + "', 'rd-probe', '越权写入')");
                            }
                        })));
        assertTrue(insert.getMessage().contains("row-level security"), insert.getMessage());
    }

    @Test
    void aConnectionForgetsTheReadDownWhenItGoesBackToThePool() throws Exception {
        Tenancy.runAs(
                ORDOS, () -> Tenancy.readDown(YIJINHUOLUO, () -> tenantsVisible("select tenant_id from department")));
        String[] settings = Tenancy.runAs(ORDOS, () -> {
            try (Connection c = appRole.getConnection();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select current_setting('app.read_down', true),"
                            + " current_setting('default_transaction_read_only')")) {
                rs.next();
                return new String[] {rs.getString(1), rs.getString(2)};
            }
        });
        assertEquals("", settings[0]);
        assertEquals("off", settings[1]);
        assertEquals(Set.of(ORDOS), Tenancy.runAs(ORDOS, () -> tenantsVisible("select tenant_id from department")));
    }

    @Test
    void grantsFollowTheHierarchyAndOnlyThePlatformGivesThem() throws Exception {
        // beside (an unrelated city) or above (a county over its city): refused by the database
        for (String[] grant : new String[][] {{BAOSHAN, YIJINHUOLUO}, {YIJINHUOLUO, ORDOS}, {SIBLING, YIJINHUOLUO}}) {
            var error = assertThrows(
                    IllegalStateException.class,
                    () -> BookFixtures.execute(
                            "insert into tenant_read_grant (reader, readable) values (?, ?)", grant[0], grant[1]));
            assertTrue(error.getMessage().contains("no read-down grant"), error.getMessage());
        }
        // the portal's role cannot give itself a grant, not even a valid one
        var denied = assertThrows(
                SQLException.class,
                () -> Tenancy.runAs(ORDOS, () -> {
                    try (Connection c = appRole.getConnection();
                            Statement s = c.createStatement()) {
                        return s.executeUpdate("insert into tenant_read_grant (reader, readable) values ('" + ORDOS
                                + "', '" + SIBLING + "')");
                    }
                }));
        assertTrue(denied.getMessage().contains("permission denied"), denied.getMessage());
        // and sees only its own grants
        assertEquals(Set.of(ORDOS), Tenancy.runAs(ORDOS, () -> tenantsVisible("select reader from tenant_read_grant")));
        assertEquals(
                Set.of(), Tenancy.runAs(YIJINHUOLUO, () -> tenantsVisible("select reader from tenant_read_grant")));
    }

    private Set<String> readingDown(String reader, String readable) throws Exception {
        return Tenancy.runAs(
                reader, () -> Tenancy.readDown(readable, () -> tenantsVisible("select tenant_id from department")));
    }

    private Set<String> tenantsVisible(String sql) throws SQLException {
        try (Connection c = appRole.getConnection();
                Statement s = c.createStatement()) {
            return tenants(s, sql);
        }
    }

    private static Set<String> tenants(Statement s, String sql) throws SQLException {
        var tenants = new HashSet<String>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                tenants.add(rs.getString(1));
            }
        }
        return tenants;
    }

    private static String causes(Throwable t) {
        var text = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            text.append(c).append(" | ");
        }
        return text.toString();
    }
}

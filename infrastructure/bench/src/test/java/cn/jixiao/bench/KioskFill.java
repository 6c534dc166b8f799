package cn.jixiao.bench;

import cn.jixiao.localstack.Credentials;
import cn.jixiao.localstack.StackConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * What the benchmark writes straight into the database, as the owner (row-level security does not
 * bind it): the setup nobody times (catalogues, points, the other regions) and the months of use
 * that do not fit the import budget. Every figure is checked against the tables afterwards.
 */
final class KioskFill implements AutoCloseable {
    private final Connection db;

    KioskFill(StackConfig stack) throws SQLException {
        this.db = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + stack.postgresPort() + "/" + Credentials.DB_NAME,
                Credentials.DB_OWNER,
                Credentials.DB_OWNER_PASSWORD);
    }

    /** A region for the benchmark alone, with one department to buy and look after its kiosks. */
    void addTenant(String code, String name, String slug) throws SQLException {
        execute("insert into region (code, name, level) values ('" + code + "', '" + name
                + "', 'COUNTY') on conflict do nothing");
        execute("insert into tenant (code, slug) values ('" + code + "', '" + slug + "') on conflict do nothing");
        execute("insert into department (tenant_id, code, name, short_name, kind) values ('" + code
                + "', 'bench-kiosk', '" + name
                + "政务服务中心', '政务服务中心', 'CENTER') on conflict (tenant_id, code) do nothing");
    }

    /** The seven device types (when the region has none yet) and {@code points} service points. */
    void catalogue(String tenant, int points) throws IOException, SQLException {
        execute(script("catalogue.sql").replace(":tenant", tenant).replace(":points", Integer.toString(points)));
    }

    /** A smaller region's devices and a year of their daily counts, all in SQL. */
    void smallTenant(String tenant, int devices) throws IOException, SQLException {
        execute(script("small-tenant.sql").replace(":tenant", tenant).replace(":devices", Integer.toString(devices)));
    }

    /** One month of the big region's counts in SQL, with the roll-up raised by the same amounts. */
    void usageMonth(String tenant, YearMonth month) throws IOException, SQLException {
        execute(script("usage-month.sql")
                .replace(":tenant", tenant)
                .replace(":from", month.atDay(1).toString())
                .replace(":to", month.atEndOfMonth().toString()));
    }

    /** The names the devices sheet refers to: type names, department codes, point codes. */
    KioskFiles.Catalogue catalogueOf(String tenant) throws SQLException {
        return new KioskFiles.Catalogue(
                strings("select name from device_type where tenant_id = ? order by id", tenant),
                strings("select code from department where tenant_id = ? order by id", tenant),
                strings(
                        "select code from service_point where tenant_id = ? and code like 'BP%' order by code",
                        tenant));
    }

    /**
     * Vacuums and analyzes the kiosk tables (as autovacuum would after the imports, but now rather
     * than in the middle of the timed requests), then waits, up to {@code limit}, until no autovacuum
     * worker runs. Returns the seconds it took.
     */
    double settle(Duration limit) throws SQLException, InterruptedException {
        long t0 = System.nanoTime();
        execute("vacuum (analyze) device_usage, device_usage_year, device, device_event, service_point, device_type");
        long deadline = t0 + limit.toNanos();
        while (System.nanoTime() < deadline
                && single("select count(*) from pg_stat_activity where backend_type = 'autovacuum worker'") > 0) {
            Thread.sleep(1000);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    void analyze() throws SQLException {
        execute("analyze");
    }

    long single(String sql) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Text of every row of a query's first column (EXPLAIN output, for instance). */
    List<String> lines(String sql) throws SQLException {
        var lines = new ArrayList<String>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        }
        return lines;
    }

    void execute(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }

    private List<String> strings(String sql, String parameter) throws SQLException {
        var values = new ArrayList<String>();
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }

    private static String script(String name) throws IOException {
        try (InputStream in = KioskFill.class.getResourceAsStream("/kiosk/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}

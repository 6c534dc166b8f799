package cn.jixiao.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** A real PostgreSQL 17 from Maven Central binaries, with the roles and databases the apps expect. */
final class Postgres implements AutoCloseable {
    private final StackConfig config;
    private EmbeddedPostgres server;

    Postgres(StackConfig config) {
        this.config = config;
    }

    void start() throws IOException, SQLException {
        Ports.requireFree(config.postgresPort(), "PostgreSQL");
        var dataDir = config.dataDir().resolve("postgres");
        Files.createDirectories(dataDir);
        server = EmbeddedPostgres.builder()
                .setPort(config.postgresPort())
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "300")
                .setServerConfig("listen_addresses", "localhost")
                .start();
        provision();
    }

    /** Idempotent: roles and databases are created only when missing. */
    private void provision() throws SQLException {
        try (Connection c = superuser("postgres");
                Statement s = c.createStatement()) {
            // the owner migrates and loads demo data for every tenant, so row-level security does not bind it
            createRole(s, Credentials.DB_OWNER, Credentials.DB_OWNER_PASSWORD, "bypassrls");
            createRole(s, Credentials.DB_APP, Credentials.DB_APP_PASSWORD, "");
            createRole(s, Credentials.DB_PLATFORM, Credentials.DB_PLATFORM_PASSWORD, "");
            createRole(s, Credentials.DB_PUBLIC, Credentials.DB_PUBLIC_PASSWORD, "");
            createRole(s, Credentials.KEYCLOAK_DB, Credentials.KEYCLOAK_DB_PASSWORD, "");
            createDatabase(s, Credentials.DB_NAME, Credentials.DB_OWNER);
            createDatabase(s, Credentials.KEYCLOAK_DB, Credentials.KEYCLOAK_DB);
        }
        try (Connection c = superuser(Credentials.DB_NAME);
                Statement s = c.createStatement()) {
            // PostgreSQL 15+ no longer lets every role create in public; the owner migrates there.
            s.execute("alter schema public owner to " + Credentials.DB_OWNER);
        }
    }

    private Connection superuser(String database) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + config.postgresPort() + "/" + database, "postgres", "postgres");
    }

    private static void createRole(Statement s, String name, String password, String options) throws SQLException {
        var rs = s.executeQuery("select 1 from pg_roles where rolname = '" + name + "'");
        boolean exists = rs.next();
        rs.close();
        s.execute((exists ? "alter" : "create") + " role " + name + " login password '" + password + "' " + options);
    }

    private static void createDatabase(Statement s, String name, String owner) throws SQLException {
        var rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'");
        boolean exists = rs.next();
        rs.close();
        if (!exists) {
            s.execute("create database " + name + " owner " + owner + " encoding 'UTF8' template template0");
        }
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}

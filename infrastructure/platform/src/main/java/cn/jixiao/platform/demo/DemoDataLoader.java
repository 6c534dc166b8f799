package cn.jixiao.platform.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Loads the demo data after the schema migration. The scripts are idempotent upserts, so every
 * start brings the demo rows back to their written state without duplicating them.
 */
@Singleton
public class DemoDataLoader {
    static final String INDEX = "db/demo/index.txt";

    @Inject
    DemoDataConfig config;

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    // first of the start-up work: the portal's own demo data (templates, evaluations) goes into these regions
    void onStart(@Observes @Priority(50) StartupEvent event) throws IOException, SQLException {
        if (!config.enabled()) {
            return;
        }
        try (Connection connection = owner.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                // the three apps may start together; one loads at a time
                statement.execute("select pg_advisory_xact_lock(4242)");
                for (String script : resource(INDEX)
                        .lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .toList()) {
                    statement.execute(resource("db/demo/" + script));
                }
            }
            connection.commit();
        }
        Log.info("demo data loaded");
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing demo data resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

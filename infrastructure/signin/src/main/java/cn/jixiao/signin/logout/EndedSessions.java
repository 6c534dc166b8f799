package cn.jixiao.signin.logout;

import cn.jixiao.signin.SigninConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Keycloak sessions ended by a logout, in the table {@code ended_session} that every instance of both
 * apps reads: a session ended on one instance is ended on all of them, and stays ended after restarts.
 * An answer "not ended" is remembered for a few seconds per instance
 * ({@code quarkus.cache.caffeine."signin-ended-sessions".expire-after-write}); a logout forgets it at
 * once on the instance that took it.
 */
@ApplicationScoped
public class EndedSessions {
    static final String CACHE = "signin-ended-sessions";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SigninConfig config;

    @Inject
    @CacheName(CACHE)
    Cache cache;

    /** Whether the session has been ended; the database is asked on a worker thread, never on the event loop. */
    public Uni<Boolean> isEnded(String sid) {
        return cache.getAsync(
                sid,
                key -> Uni.createFrom()
                        .item(() -> lookUp(key))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
    }

    /** Records the session as ended, and forgets the sessions ended longer ago than anything of theirs can live. Blocking. */
    public void end(String sid) {
        try (var connection = dataSource.getConnection()) {
            try (var insert = connection.prepareStatement(
                    "insert into ended_session (sid) values (?) on conflict (sid) do nothing")) {
                insert.setString(1, sid);
                insert.executeUpdate();
            }
            try (var purge = connection.prepareStatement("delete from ended_session where ended_at < ?")) {
                purge.setTimestamp(1, Timestamp.from(Instant.now().minus(config.endedSessionRetention())));
                purge.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the end of a session", e);
        }
        cache.invalidate(sid).await().indefinitely();
    }

    private boolean lookUp(String sid) {
        try (var connection = dataSource.getConnection();
                var query = connection.prepareStatement("select 1 from ended_session where sid = ?")) {
            query.setString(1, sid);
            try (var rows = query.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the ended sessions", e);
        }
    }
}

package cn.jixiao.platform.web;

import cn.jixiao.platform.database.DatabaseOutage;
import io.quarkus.arc.ArcUndeclaredThrowableException;
import io.quarkus.qute.TemplateException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ExceptionUnwrapStrategy;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.UnwrapException;

/**
 * A database that is away (restarting, stopped) is answered 503 with Retry-After and a message a person
 * understands, never a 500 with a stack trace (fault drill PostgresRestartDrill): the request changed
 * nothing, since its transaction could not commit. Any other database failure stays a logged 500 that
 * says nothing about the server. JDBC code wraps its SQLException in an IllegalStateException (and a
 * template or an interceptor wraps it again): those are unwrapped to their cause when nothing else maps
 * them. Apps with Hibernate send its PersistenceException here too ({@link #answer}).
 */
@UnwrapException(
        value = {IllegalStateException.class, TemplateException.class, ArcUndeclaredThrowableException.class},
        strategy = ExceptionUnwrapStrategy.UNWRAP_IF_NO_MATCH)
public class DatabaseOutageResponses {
    private static final Logger LOG = Logger.getLogger(DatabaseOutageResponses.class);

    public static final String MESSAGE = "数据库暂时无法访问，请稍后重试；本次操作没有保存任何内容"
            + " (the database is unavailable for a moment; nothing was saved, try again shortly)";

    /** Seconds a client is asked to wait: a restarting PostgreSQL is back within a few. */
    static final String RETRY_AFTER_SECONDS = "5";

    @ServerExceptionMapper
    public Response sql(SQLException e) {
        return answer(e);
    }

    /** 503 when the database is away, else a logged 500 without details. */
    public static Response answer(Throwable e) {
        if (DatabaseOutage.causedBy(e)) {
            LOG.warnf("database unavailable, answered 503: %s", rootMessage(e));
            return Response.status(503)
                    .header("Retry-After", RETRY_AFTER_SECONDS)
                    .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(ApiError.of(503, "database_unavailable", MESSAGE))
                    .build();
        }
        LOG.error("request failed", e);
        return ErrorResponses.json(
                ApiError.of(500, "server_error", StatusMessages.of(500).message()));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}

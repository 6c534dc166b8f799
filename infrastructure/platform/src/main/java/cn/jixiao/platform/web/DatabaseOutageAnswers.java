package cn.jixiao.platform.web;

import cn.jixiao.platform.database.DatabaseOutage;
import io.quarkus.logging.Log;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * A database that is away while a request is still being signed in (the ended-session check of
 * infrastructure/signin reads PostgreSQL before any app code runs) is a 503 "try again" as well, the page or
 * JSON of {@link DatabaseOutageResponses}, instead of Quarkus's 500 "Internal Server Error". Every other
 * failure goes on to the handlers after this one.
 */
@ApplicationScoped
public class DatabaseOutageAnswers {
    /** Failure handlers of every route are asked in order; this one comes before Quarkus's own. */
    static final int ROUTE_ORDER = -1;

    @Inject
    ErrorAnswers answers;

    void install(@Observes Router router) {
        router.route().order(ROUTE_ORDER).failureHandler(this::answer);
    }

    private void answer(RoutingContext context) {
        Throwable failure = context.failure();
        if (failure == null
                || !DatabaseOutage.causedBy(failure)
                || context.response().headWritten()) {
            context.next();
            return;
        }
        Log.warnf("database unavailable while signing in a request, answered 503: %s", failure.getMessage());
        context.response().putHeader("Retry-After", DatabaseOutageResponses.RETRY_AFTER_SECONDS);
        answers.send(context, ApiError.of(503, "database_unavailable", DatabaseOutageResponses.MESSAGE));
    }
}

package cn.jixiao.signin.outage;

import cn.jixiao.platform.web.ApiError;
import cn.jixiao.platform.web.ErrorPages;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The answer to a browser that would be sent to sign in while Keycloak is down: 503 with the app's error
 * page (JSON for anything but a browser) saying so in Chinese and English, and when to try again.
 */
@ApplicationScoped
public class SignInUnavailable {
    public static final String MESSAGE = "统一身份认证服务暂时不可用，请稍后再试 (the sign-in service is unavailable; try again later)";
    static final String RETRY_AFTER_SECONDS = "30";

    @Inject
    ErrorPages pages;

    @Inject
    ObjectMapper json;

    public Uni<Boolean> send(RoutingContext context) {
        if (context.response().ended() || context.response().headWritten()) {
            return Uni.createFrom().item(true);
        }
        ApiError error = ApiError.of(503, "sign_in_unavailable", MESSAGE);
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        if (accept == null || !accept.contains("text/html")) {
            return write(context, "application/json;charset=UTF-8", json(error));
        }
        // the app's layout may look up things that block: rendered on a worker thread
        return Uni.createFrom()
                .completionStage(() -> context.vertx()
                        .executeBlocking(() -> pages.render(error, context), false)
                        .toCompletionStage())
                .onFailure()
                .recoverWithItem(() -> null)
                .chain(page -> page == null
                        ? write(context, "application/json;charset=UTF-8", json(error))
                        : write(context, "text/html;charset=UTF-8", page));
    }

    private static Uni<Boolean> write(RoutingContext context, String type, String body) {
        if (context.response().ended()) {
            return Uni.createFrom().item(true);
        }
        var response = context.response()
                .setStatusCode(503)
                .putHeader(HttpHeaders.CONTENT_TYPE, type)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader("Retry-After", RETRY_AFTER_SECONDS);
        return Uni.createFrom()
                .completionStage(() -> response.end(body).toCompletionStage())
                .replaceWith(true);
    }

    private String json(ApiError error) {
        try {
            return json.writeValueAsString(error);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an ApiError is always serializable", e);
        }
    }
}

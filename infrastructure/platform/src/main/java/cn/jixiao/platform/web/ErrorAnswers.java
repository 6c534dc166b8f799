package cn.jixiao.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Error answers written below JAX-RS (the web layer's own checks on the HTTP request): the same JSON
 * body as {@link ErrorResponses}, or the same page as {@link BrowserErrorPages} for a browser.
 */
@ApplicationScoped
public class ErrorAnswers {
    @Inject
    ErrorPages pages;

    @Inject
    ObjectMapper json;

    public void send(RoutingContext context, ApiError error) {
        if (context.response().ended() || context.response().headWritten()) {
            return;
        }
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        if (!ErrorPages.wantsPage(error.status(), accept, context.request().path())) {
            write(context, error.status(), "application/json;charset=UTF-8", json(error));
            return;
        }
        // the layout may look up the signed-in user, which may block: render on a worker thread
        context.vertx()
                .executeBlocking(() -> pages.render(error, context), false)
                .onComplete(page -> {
                    if (page.succeeded()) {
                        write(context, error.status(), "text/html;charset=UTF-8", page.result());
                    } else {
                        write(context, error.status(), "application/json;charset=UTF-8", json(error));
                    }
                });
    }

    private static void write(RoutingContext context, int status, String type, String body) {
        if (!context.response().ended()) {
            context.response()
                    .setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, type)
                    .end(body);
        }
    }

    private String json(ApiError error) {
        try {
            return json.writeValueAsString(error);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an ApiError is always serializable", e);
        }
    }
}

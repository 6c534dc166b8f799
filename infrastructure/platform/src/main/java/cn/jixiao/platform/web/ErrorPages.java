package cn.jixiao.platform.web;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.logging.Log;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Error answers as HTML pages for browsers. Each app supplies its layout as the template
 * {@code templates/error-page.html} (parameter {@code error}, an {@link ErrorView}); an app without
 * one gets a plain page from the platform. The choice of page or JSON is made here, for all apps.
 */
@ApplicationScoped
public class ErrorPages {
    /**
     * The statuses a browser sees as a page; others (401 redirects, 500) keep their own answer. 503 (a
     * service such as the database is away for a moment) is a page too: a person should read "try again".
     */
    static final Set<Integer> PAGE_STATUSES = Set.of(400, 403, 404, 405, 406, 409, 413, 414, 415, 503);

    private static final String APP_TEMPLATE = "error-page";
    private static final String FALLBACK = "/META-INF/jixiao/error-page-fallback.html";

    @Inject
    Engine engine;

    private volatile Template fallback;

    /** A browser navigating to a page (not a script calling /api/) gets HTML. */
    public static boolean wantsPage(int status, String accept, String path) {
        return PAGE_STATUSES.contains(status)
                && accept != null
                && accept.contains("text/html")
                && (path == null || !(path.startsWith("/api/") || path.equals("/api")));
    }

    /** The page for an answer given by JAX-RS, where the request's context is active. */
    public String render(ApiError error) {
        return render(error, null);
    }

    /**
     * The page for an answer given below JAX-RS: the layout (e.g. its signed-in user) is rendered
     * in a request context made for it, bound to the HTTP request.
     */
    public String render(ApiError error, RoutingContext request) {
        ErrorView view = ErrorView.of(error);
        Template own = engine.getTemplate(APP_TEMPLATE);
        if (own != null) {
            try {
                return withRequestContext(own, view, request);
            } catch (RuntimeException e) {
                // the layout may need what this request does not have; the plain page still says why
                Log.warnf(e, "the app's error page could not be rendered; showing the plain one");
            }
        }
        return withRequestContext(fallback(), view, request);
    }

    private static String withRequestContext(Template template, ErrorView view, RoutingContext request) {
        ManagedContext requestContext = Arc.container().requestContext();
        if (requestContext.isActive()) {
            return template.data("error", view).render();
        }
        requestContext.activate();
        try {
            if (request != null) {
                Arc.container().instance(CurrentVertxRequest.class).get().setCurrent(request);
            }
            return template.data("error", view).render();
        } finally {
            requestContext.terminate();
        }
    }

    private Template fallback() {
        if (fallback == null) {
            try (InputStream in = ErrorPages.class.getResourceAsStream(FALLBACK)) {
                fallback = engine.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fallback;
    }
}

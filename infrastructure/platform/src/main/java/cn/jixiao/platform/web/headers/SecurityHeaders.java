package cn.jixiao.platform.web.headers;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;

/**
 * Puts the security headers on every answer of the app's public port: pages, APIs, static files,
 * redirects and error answers alike (the management port is not reached by browsers). Set when the
 * headers are written, so nothing a resource does can leave them out.
 */
@ApplicationScoped
public class SecurityHeaders {
    /** Before authentication (priority 200), so a sign-in redirect carries the headers too. */
    static final int PRIORITY = 1_000;

    @Inject
    SecurityHeadersConfig config;

    private String contentSecurityPolicy;

    void register(@Observes Filters filters) {
        contentSecurityPolicy = contentSecurityPolicy(config);
        filters.register(this::addHeaders, PRIORITY);
    }

    private void addHeaders(RoutingContext context) {
        boolean https = "https".equalsIgnoreCase(context.request().scheme());
        String path = context.request().path();
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = context.response().headers();
            headers.set("Content-Security-Policy", contentSecurityPolicy);
            headers.set("X-Frame-Options", "DENY");
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", config.referrerPolicy());
            headers.set("Permissions-Policy", config.permissionsPolicy());
            if (https) {
                headers.set("Strict-Transport-Security", config.strictTransportSecurity());
            }
            if (config.noStore() && !cacheable(path)) {
                headers.set("Cache-Control", "no-store");
            }
        });
        context.next();
    }

    private boolean cacheable(String path) {
        return path != null && config.cacheablePaths().stream().anyMatch(path::startsWith);
    }

    /** The configured policy plus form-action: our origin and, where there is one, the sign-in server's. */
    static String contentSecurityPolicy(SecurityHeadersConfig config) {
        String formAction = "form-action 'self'"
                + config.signInServer()
                        .map(SecurityHeaders::origin)
                        .map(o -> " " + o)
                        .orElse("");
        return config.contentSecurityPolicy().strip().replaceAll(";\\s*$", "") + "; " + formAction;
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}

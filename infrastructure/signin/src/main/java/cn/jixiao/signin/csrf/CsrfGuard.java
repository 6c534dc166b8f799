package cn.jixiao.signin.csrf;

import cn.jixiao.signin.KeycloakSessions;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Cross-site request forgery guard for requests that ride on a browser session.
 *
 * <p>Why not {@code quarkus-rest-csrf}: it verifies every unsafe request, including script calls
 * authenticated by a bearer token that carry no cookie at all; their multipart uploads (documents,
 * imports) would be refused, and the JSON API is a documented script interface. Only a request that a
 * browser authenticates by itself, with the session cookie, can be forged from another site, so only
 * those are checked here; bearer and anonymous requests pass untouched.
 *
 * <p>An unsafe request (POST, PUT, PATCH, DELETE) signed in by the session cookie must
 *
 * <ol>
 *   <li>come from the app's own origin, as the browser sees it (proxy headers honoured): the Origin
 *       header, else the Referer, when either is sent;
 *   <li>carry the session's token ({@link CsrfTokens}) in the header {@value #HEADER} (the JSON-forms
 *       script sends it from {@code <meta name="csrf-token">}) or in the form field {@value #FIELD}
 *       (URL-encoded or multipart server-side forms).
 * </ol>
 *
 * Otherwise the request is refused with 403 and a message, before any resource runs.
 */
public class CsrfGuard {
    public static final String HEADER = "X-CSRF-Token";
    public static final String FIELD = "csrf-token";

    static final String CROSS_SITE = "请求来自其他网站，已拒绝；请在本系统的页面中操作 (cross-site request refused)";
    static final String MISSING_TOKEN =
            "请求缺少有效的安全令牌，请刷新页面后重试 (the request lacks a valid security token; reload the page and try again)";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Inject
    SecurityIdentity identity;

    @Inject
    CsrfToken token;

    @ServerRequestFilter
    @WithFormRead
    public void check(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        if (SAFE_METHODS.contains(request.getMethod()) || !KeycloakSessions.isBrowserSession(identity)) {
            return;
        }
        if (!fromOwnOrigin(routing.request())) {
            throw new ForbiddenException(CROSS_SITE);
        }
        String presented = request.getHeaderString(HEADER);
        if (presented == null) {
            presented = formField(request);
        }
        if (!token.matches(presented)) {
            throw new ForbiddenException(MISSING_TOKEN);
        }
    }

    private static boolean fromOwnOrigin(HttpServerRequest http) {
        String claimed = Optional.ofNullable(http.getHeader("Origin")).orElse(http.getHeader("Referer"));
        if (claimed == null) {
            return true; // neither is sent: the token alone decides
        }
        HostAndPort authority = http.authority();
        if (authority == null) {
            return false;
        }
        String own = Origins.of(http.scheme(), authority.host(), authority.port());
        return Origins.of(claimed).map(own::equals).orElse(false);
    }

    private static String formField(ResteasyReactiveContainerRequestContext request) {
        var context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
        Object value = context.getFormParameter(FIELD, true, false);
        return value instanceof String text ? text : null;
    }
}

package cn.jixiao.portal.audit;

import cn.jixiao.portal.security.CurrentUser;
import cn.jixiao.portal.security.SignedInUser;
import cn.jixiao.signin.KeycloakSessions;
import cn.jixiao.signin.SecurityEventWork;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Writes the security events of signed-in requests to the region's audit log (each in its own
 * transaction, see {@link SecurityEvents}):
 *
 * <ul>
 *   <li>{@code Session LOGIN}: the first request of a Keycloak session (a browser's sign-in through the
 *       code flow, or a script's new token) in a region;
 *   <li>{@code Request REFUSED}: a 403 (including the CSRF guard's) or a 404 answered to a signed-in
 *       user; another region's record answers 404 exactly like a missing one, so both are kept;
 *   <li>{@code Download EXPORT} (CSV/Excel) or {@code DOWNLOAD} (any other file): a successful answer sent
 *       as an attachment.
 * </ul>
 *
 * Work that may block runs on a worker thread, never on the event loop.
 */
public class SecurityEventFilters {
    /** Sessions whose sign-in this instance recorded or found; the database is asked once per session. */
    private static final Cache<String, Boolean> SEEN = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofHours(12))
            .build();

    @Inject
    SecurityIdentity identity;

    @Inject
    SignedInUser user;

    @Inject
    SecurityEvents events;

    @ServerRequestFilter(priority = Priorities.USER + 100)
    public Uni<Void> signIn(ContainerRequestContext request, RoutingContext routing) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().voidItem();
        }
        Optional<CurrentUser> current = current();
        Optional<String> session = KeycloakSessions.sessionKey(identity);
        if (current.isEmpty() || current.get().region().isEmpty() || session.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String region = current.get().region().get().code();
        String key = region + "/" + session.get();
        if (SEEN.getIfPresent(key) != null) {
            return Uni.createFrom().voidItem();
        }
        String actor = current.get().username();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("sid", session.get());
        details.put("via", KeycloakSessions.isBrowserSession(identity) ? "browser" : "token");
        details.put("ip", SecurityEventWork.clientAddress(routing));
        details.put("path", request.getUriInfo().getPath());
        return SecurityEventWork.offEventLoop(() -> {
            if (!events.signInRecorded(region, session.get())) {
                events.record(region, actor, "LOGIN", SecurityEvents.SESSION, details);
            }
            SEEN.put(key, Boolean.TRUE);
        });
    }

    /** Runs before the error-page filter turns an error body into a page (response filters run high to low). */
    @ServerResponseFilter(priority = Priorities.USER + 500)
    public Uni<Void> afterAnswer(
            ContainerRequestContext request, ContainerResponseContext response, RoutingContext routing) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().voidItem();
        }
        int status = response.getStatus();
        String disposition = response.getHeaderString("Content-Disposition");
        boolean refused = status == 403 || status == 404;
        boolean download = status == 200 && disposition != null && disposition.startsWith("attachment");
        if (!refused && !download) {
            return Uni.createFrom().voidItem();
        }
        Optional<CurrentUser> current = current();
        if (current.isEmpty() || current.get().region().isEmpty()) {
            return Uni.createFrom().voidItem(); // no region to attribute it to (refused because the account has none)
        }
        String region = current.get().region().get().code();
        String actor = current.get().username();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("method", request.getMethod());
        details.put("path", request.getUriInfo().getPath());
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        if (query != null) {
            details.put("query", query);
        }
        details.put("status", status);
        details.put("ip", SecurityEventWork.clientAddress(routing));
        String action;
        if (refused) {
            action = "REFUSED";
            if (response.getEntity() instanceof cn.jixiao.platform.web.ApiError error) {
                details.put("message", error.message());
            }
        } else {
            String type = String.valueOf(response.getMediaType());
            action = type.contains("csv") || type.contains("spreadsheet") ? "EXPORT" : "DOWNLOAD";
            details.put("type", type);
            details.put("disposition", disposition);
        }
        String entity = refused ? SecurityEvents.REQUEST : SecurityEvents.DOWNLOAD;
        return SecurityEventWork.offEventLoop(() -> events.record(region, actor, action, entity, details));
    }

    private Optional<CurrentUser> current() {
        try {
            return Optional.of(user.get());
        } catch (RuntimeException e) {
            return Optional.empty(); // e.g. a region asked for that the token does not name: refused elsewhere
        }
    }
}

package cn.jixiao.tenantadmin.audit;

import cn.jixiao.platform.web.ApiError;
import cn.jixiao.signin.KeycloakSessions;
import cn.jixiao.signin.SecurityEventWork;
import cn.jixiao.tenantadmin.web.Roles;
import cn.jixiao.tenantadmin.web.SignedInOperator;
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
 * Writes the security events of signed-in requests to tenant-admin into the platform's audit log
 * ({@link PlatformAudit}), as the portal's filters write a region's:
 *
 * <ul>
 *   <li>{@code Session LOGIN}: the first request of a Keycloak session (a browser's sign-in through the
 *       code flow, or a script's new token);
 *   <li>{@code Request REFUSED}: a 403 or a 404 answered to a signed-in user (method, path, status,
 *       address, message);
 *   <li>{@code Download EXPORT} (CSV/Excel) or {@code DOWNLOAD} (any other file): a successful answer sent
 *       as an attachment.
 * </ul>
 *
 * Each in a transaction of its own that never fails the request; work that may block runs on a worker
 * thread, never on the event loop. The answer waits for the write, so the event is on record when the
 * operator sees the answer.
 */
public class OperatorEventFilters {
    /** Sessions whose sign-in this instance recorded or found; the database is asked once per session. */
    private static final Cache<String, Boolean> SEEN = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterAccess(Duration.ofHours(12))
            .build();

    @Inject
    SecurityIdentity identity;

    @Inject
    SignedInOperator operator;

    @Inject
    PlatformAudit audit;

    @ServerRequestFilter(priority = Priorities.USER + 100)
    public Uni<Void> signIn(ContainerRequestContext request, RoutingContext routing) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().voidItem();
        }
        Optional<String> session = KeycloakSessions.sessionKey(identity);
        if (session.isEmpty() || SEEN.getIfPresent(session.get()) != null) {
            return Uni.createFrom().voidItem();
        }
        String sid = session.get();
        String actor = operator.username();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("sid", sid);
        details.put("via", KeycloakSessions.isBrowserSession(identity) ? "browser" : "token");
        details.put("operator", identity.hasRole(Roles.PLATFORM_ADMIN));
        details.put("ip", SecurityEventWork.clientAddress(routing));
        details.put("path", request.getUriInfo().getPath());
        return SecurityEventWork.offEventLoop(() -> {
            if (!audit.signInRecorded(sid)) {
                audit.event(actor, "LOGIN", PlatformAudit.SESSION, details);
            }
            SEEN.put(sid, Boolean.TRUE);
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
        String actor = operator.username();
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
            if (response.getEntity() instanceof ApiError error) {
                details.put("message", error.message());
            }
        } else {
            String type = String.valueOf(response.getMediaType());
            action = type.contains("csv") || type.contains("spreadsheet") ? "EXPORT" : "DOWNLOAD";
            details.put("type", type);
            details.put("disposition", disposition);
        }
        String entity = refused ? PlatformAudit.REQUEST : PlatformAudit.DOWNLOAD;
        return SecurityEventWork.offEventLoop(() -> audit.event(actor, action, entity, details));
    }
}

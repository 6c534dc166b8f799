package cn.jixiao.signin.api;

import cn.jixiao.platform.web.ApiError;
import cn.jixiao.signin.outage.SignInServer;
import cn.jixiao.signin.outage.SignInUnavailable;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * The OIDC mechanism (code flow for browsers, bearer tokens for scripts), except that an API request
 * that cannot be authenticated (no credentials, an expired or invalid session cookie or token, an ended
 * session) is answered with {@code 401}, {@code WWW-Authenticate: Bearer} and the apps' JSON error, not
 * with a redirect to the login page that a script cannot follow. Pages still send browsers to the login.
 *
 * <p>While Keycloak is down a browser is not sent there (it would show the browser's own "cannot connect"
 * page): a page that would redirect to the login, a session that must sign in again (its tokens expired) and
 * a sign-in whose completion fails get a 503 page saying the sign-in service is unavailable
 * ({@link SignInUnavailable}). Sessions and bearer tokens still valid keep working: they are checked locally.
 *
 * <p>Customised by delegation, as the Quarkus "Security tips and tricks" guide shows: this alternative
 * replaces the OIDC mechanism and hands everything but the API challenge to it.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class ApiAwareAuthenticationMechanism implements HttpAuthenticationMechanism {
    static final String MESSAGE = "请先登录 (authentication required)";

    @Inject
    OidcAuthenticationMechanism oidc;

    @Inject
    ApiPaths api;

    @Inject
    ObjectMapper json;

    @Inject
    SignInServer signInServer;

    @Inject
    SignInUnavailable unavailable;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        Uni<SecurityIdentity> identity = oidc.authenticate(context, identityProviderManager)
                // the OIDC mechanism names itself as the one to challenge; the challenge must pass here
                .onTermination()
                .invoke(() -> context.put(HttpAuthenticationMechanism.class.getName(), this));
        if (!isApi(context)) {
            // a failed sign-in (e.g. the code exchange) or a redirect to Keycloak while it is down: the
            // challenge below then shows the 503 page, not a 401 or the browser's "cannot connect"
            return identity.onFailure(e -> e instanceof AuthenticationCompletionException
                            || (e instanceof AuthenticationRedirectException redirect
                                    && signInServer.hosts(redirect.getRedirectUri())))
                    .recoverWithUni(e -> signInServer.reachable().map(up -> {
                        if (up) {
                            throw e instanceof RuntimeException runtime
                                    ? runtime
                                    : new AuthenticationFailedException(e);
                        }
                        throw new AuthenticationFailedException(e);
                    }));
        }
        // a script cannot follow the code flow's redirects (to refresh or to log in): it is not signed in
        return identity.onFailure(e ->
                        e instanceof AuthenticationRedirectException || e instanceof AuthenticationCompletionException)
                .transform(AuthenticationFailedException::new);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (isApi(context)) {
            return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
        }
        return oidc.getChallenge(context);
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (!isApi(context)) {
            return signInServer.reachable().chain(up -> up ? oidc.sendChallenge(context) : unavailable.send(context));
        }
        var response = context.response()
                .setStatusCode(401)
                .putHeader("WWW-Authenticate", "Bearer")
                .putHeader("Content-Type", "application/json; charset=UTF-8")
                .putHeader("Cache-Control", "no-store");
        return Uni.createFrom()
                .completionStage(response.end(body()).toCompletionStage())
                .replaceWith(true);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return oidc.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return oidc.getCredentialTransport(context);
    }

    @Override
    public int getPriority() {
        return oidc.getPriority();
    }

    private boolean isApi(RoutingContext context) {
        return api.contains(context.normalizedPath());
    }

    private Buffer body() {
        try {
            return Buffer.buffer(json.writeValueAsBytes(ApiError.of(401, "unauthorized", MESSAGE)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the 401 body cannot be written", e);
        }
    }
}

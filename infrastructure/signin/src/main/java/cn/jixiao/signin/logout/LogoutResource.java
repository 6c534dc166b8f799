package cn.jixiao.signin.logout;

import cn.jixiao.signin.KeycloakSessions;
import cn.jixiao.signin.SigninConfig;
import cn.jixiao.signin.outage.SignInServer;
import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Logout, as a POST (a form in the page header, with the CSRF token), never a GET that another site
 * could trigger with a link or an image. It
 *
 * <ol>
 *   <li>records the Keycloak session as ended ({@link EndedSessions}), so its cookies and tokens are
 *       refused on every instance from now on, even if copied before;
 *   <li>removes the session cookies;
 *   <li>sends the browser to Keycloak's end-session endpoint (RP-initiated logout), which ends the
 *       single sign-on session and returns to {@code jixiao.signin.signed-out-path}.
 * </ol>
 *
 * While Keycloak is down the first two steps still happen, and the browser goes straight to the signed-out
 * page, which then says that the single sign-on session could not be ended ({@link #KEYCLOAK_AWAY}):
 * sending it to Keycloak would show the browser's "cannot connect" page instead of a signed-out one.
 *
 * A script (bearer token) ends its token's session the same way and gets 204.
 */
@Path("/logout")
@Authenticated
public class LogoutResource {
    /** The signed-out page's query parameter (value {@code away}) saying Keycloak could not be told. */
    public static final String KEYCLOAK_AWAY = "sign-in-server";

    /** What the signed-out page adds when Keycloak could not end the single sign-on session. */
    public static final String SIGNED_OUT_HERE_ONLY = "统一身份认证服务暂时不可用：您已退出本系统，但统一身份认证的登录状态要待其恢复后才能结束。"
            + "如在公用电脑上，请关闭浏览器。 (The sign-in service is unavailable: you are signed out of this"
            + " system, but your single sign-on session could not be ended; on a shared computer, close the browser.)";

    @Inject
    SecurityIdentity identity;

    @Inject
    EndedSessions ended;

    @Inject
    OidcSession session;

    @Inject
    OidcConfigurationMetadata provider;

    @Inject
    SigninConfig config;

    @Inject
    SignInServer signInServer;

    @POST
    @Operation(hidden = true) // a browser form, not an API; kept out of /q/openapi and the route walkers using it
    public Response logout(@Context UriInfo uri) {
        KeycloakSessions.sid(identity).ifPresent(ended::end);
        if (!KeycloakSessions.isBrowserSession(identity)) {
            return Response.noContent().build();
        }
        String idToken = session.getIdToken().getRawToken();
        session.logout().await().indefinitely();
        if (!signInServer.reachableNow()) {
            var signedOutHere = uri.getBaseUriBuilder()
                    .path(config.signedOutPath())
                    .queryParam(KEYCLOAK_AWAY, "away")
                    .build();
            return Response.seeOther(signedOutHere)
                    .header("Cache-Control", "no-store")
                    .build();
        }
        var signedOut = uri.getBaseUriBuilder().path(config.signedOutPath()).build();
        var keycloak = UriBuilder.fromUri(provider.getEndSessionUri())
                .queryParam("id_token_hint", idToken)
                .queryParam("post_logout_redirect_uri", signedOut)
                .build();
        return Response.seeOther(keycloak).header("Cache-Control", "no-store").build();
    }
}

package cn.jixiao.signin.logout;

import cn.jixiao.signin.KeycloakSessions;
import cn.jixiao.signin.SigninConfig;
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
 * A script (bearer token) ends its token's session the same way and gets 204.
 */
@Path("/logout")
@Authenticated
public class LogoutResource {
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

    @POST
    @Operation(hidden = true) // a browser form, not an API; kept out of /q/openapi and the route walkers using it
    public Response logout(@Context UriInfo uri) {
        KeycloakSessions.sid(identity).ifPresent(ended::end);
        if (!KeycloakSessions.isBrowserSession(identity)) {
            return Response.noContent().build();
        }
        String idToken = session.getIdToken().getRawToken();
        session.logout().await().indefinitely();
        var signedOut = uri.getBaseUriBuilder().path(config.signedOutPath()).build();
        var keycloak = UriBuilder.fromUri(provider.getEndSessionUri())
                .queryParam("id_token_hint", idToken)
                .queryParam("post_logout_redirect_uri", signedOut)
                .build();
        return Response.seeOther(keycloak).header("Cache-Control", "no-store").build();
    }
}

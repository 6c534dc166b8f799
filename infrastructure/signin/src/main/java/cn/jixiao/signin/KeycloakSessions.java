package cn.jixiao.signin;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The Keycloak session behind a signed-in identity. Keycloak writes the session id into the {@code sid}
 * claim of the ID token (browser sessions) and of the access token (bearer calls and scripts).
 */
public final class KeycloakSessions {
    private KeycloakSessions() {}

    /** The session id ({@code sid}) the identity's token names, if it names one. */
    public static Optional<String> sid(SecurityIdentity identity) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        return Optional.ofNullable(token.<String>getClaim("sid")).filter(sid -> !sid.isBlank());
    }

    /**
     * Whether the identity comes from the code flow's session cookie (a browser), and not from a bearer
     * token: only then is the ID token the identity's credential.
     */
    public static boolean isBrowserSession(SecurityIdentity identity) {
        return !identity.isAnonymous() && identity.getCredential(IdTokenCredential.class) != null;
    }
}

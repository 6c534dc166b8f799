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

    /**
     * A key for the session a request belongs to, for recording its sign-in once: Keycloak's {@code sid}, else a
     * bearer token's {@code session_state}, else the token's own id.
     */
    public static Optional<String> sessionKey(SecurityIdentity identity) {
        Optional<String> sid = sid(identity);
        if (sid.isPresent()) {
            return sid;
        }
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            return Optional.ofNullable(token.<String>getClaim("session_state"))
                    .or(() -> Optional.ofNullable(token.getTokenID()));
        }
        return Optional.empty();
    }
}

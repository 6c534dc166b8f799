package cn.jixiao.signin.csrf;

import cn.jixiao.signin.KeycloakSessions;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The current browser session's CSRF token, for the templates: {@code {inject:csrf.token}} in the
 * {@code <meta name="csrf-token">} tag and in the hidden {@code csrf-token} input of every form that
 * posts. Empty for visitors and bearer calls, which need none.
 */
@Named("csrf")
@RequestScoped
public class CsrfToken {
    @Inject
    SecurityIdentity identity;

    @Inject
    CsrfTokens tokens;

    public String getToken() {
        return sessionKey().map(tokens::tokenFor).orElse("");
    }

    /** Whether {@code presented} is this session's token. */
    boolean matches(String presented) {
        return sessionKey().map(key -> tokens.matches(presented, key)).orElse(false);
    }

    // Keycloak's session id; a session without one (not issued by Keycloak) falls back to the user
    private Optional<String> sessionKey() {
        if (!KeycloakSessions.isBrowserSession(identity)) {
            return Optional.empty();
        }
        return KeycloakSessions.sid(identity)
                .or(() -> Optional.ofNullable(((JsonWebToken) identity.getPrincipal()).getSubject())
                        .map(subject -> "sub:" + subject));
    }
}

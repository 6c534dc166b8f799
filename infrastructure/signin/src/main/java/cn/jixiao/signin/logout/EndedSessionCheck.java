package cn.jixiao.signin.logout;

import cn.jixiao.signin.KeycloakSessions;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Refuses an identity whose Keycloak session was ended by a logout: old session cookies (and the access
 * tokens of that session) stop working at once, although they are still signed and not yet expired. A
 * page then sends the browser to the login, an API call gets 401.
 */
@ApplicationScoped
public class EndedSessionCheck implements SecurityIdentityAugmentor {
    @Inject
    EndedSessions ended;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        var sid = KeycloakSessions.sid(identity);
        if (sid.isEmpty()) {
            return Uni.createFrom().item(identity);
        }
        return ended.isEnded(sid.get()).map(isEnded -> {
            if (isEnded) {
                throw new AuthenticationFailedException("the session has ended (logout)");
            }
            return identity;
        });
    }
}

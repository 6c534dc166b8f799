package cn.jixiao.signin.token;

import cn.jixiao.signin.KeycloakSessions;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A bearer token must be an access token. Keycloak signs ID tokens and access tokens alike and tells
 * them apart by the claim {@code typ}: {@code Bearer} for access tokens, {@code ID} for ID tokens. An
 * ID token says who the user is to the app that asked for it; it grants nothing, so it is refused here.
 * That the token was issued for this app is checked by {@code quarkus.oidc.token.audience} (each app's
 * client id, which Keycloak's audience mappers put into its access tokens).
 *
 * <p>Browser sessions are not affected: there the ID token from the code flow is the identity, as it
 * should be.
 */
@ApplicationScoped
public class AccessTokensOnly implements SecurityIdentityAugmentor {
    static final String ACCESS_TOKEN_TYPE = "Bearer";

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()
                || KeycloakSessions.isBrowserSession(identity)
                || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        Object type = token.getClaim("typ");
        if (!ACCESS_TOKEN_TYPE.equals(type)) {
            return Uni.createFrom()
                    .failure(new AuthenticationFailedException("a bearer token must be an access token, not " + type));
        }
        return Uni.createFrom().item(identity);
    }
}

package cn.jixiao.signin.token;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.Credential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class AccessTokensOnlyTest {
    private final AccessTokensOnly rule = new AccessTokensOnly();

    @Test
    void aBearerAccessTokenIsAccepted() {
        var identity = identity(Map.of("typ", "Bearer", "aud", "portal"), new AccessTokenCredential("access"));
        assertSame(identity, rule.augment(identity, null).await().indefinitely());
    }

    @Test
    void anIdTokenSentAsABearerTokenIsRefused() {
        var identity = identity(Map.of("typ", "ID", "aud", "portal"), new AccessTokenCredential("id-token"));
        assertThrows(
                AuthenticationFailedException.class,
                () -> rule.augment(identity, null).await().indefinitely());
    }

    @Test
    void aBearerTokenWithoutATypeIsRefused() {
        var identity = identity(Map.of("aud", "portal"), new AccessTokenCredential("untyped"));
        assertThrows(
                AuthenticationFailedException.class,
                () -> rule.augment(identity, null).await().indefinitely());
    }

    @Test
    void aBrowserSessionIsStillSignedInByItsIdToken() {
        var identity = identity(Map.of("typ", "ID", "aud", "portal"), new IdTokenCredential("id-token"));
        assertSame(identity, rule.augment(identity, null).await().indefinitely());
    }

    @Test
    void visitorsPass() {
        SecurityIdentity anonymous =
                QuarkusSecurityIdentity.builder().setAnonymous(true).build();
        assertSame(anonymous, rule.augment(anonymous, null).await().indefinitely());
    }

    private static SecurityIdentity identity(Map<String, Object> claims, Credential credential) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new Claims(claims))
                .addCredential(credential)
                .build();
    }

    /** A verified token as the OIDC extension hands it over: only its claims matter here. */
    private record Claims(Map<String, Object> claims) implements JsonWebToken {
        @Override
        public String getName() {
            return "demo-user";
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String name) {
            return (T) claims.get(name);
        }
    }
}

package cn.jixiao.platform.web.headers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecurityHeadersPolicyTest {

    private static SecurityHeadersConfig config(Optional<URI> signInServer) {
        return new SecurityHeadersConfig() {
            public String contentSecurityPolicy() {
                return "default-src 'self'; frame-ancestors 'none';";
            }

            public Optional<URI> signInServer() {
                return signInServer;
            }

            public String referrerPolicy() {
                return "same-origin";
            }

            public String permissionsPolicy() {
                return "camera=()";
            }

            public String strictTransportSecurity() {
                return "max-age=1";
            }

            public boolean noStore() {
                return false;
            }

            public List<String> cacheablePaths() {
                return List.of();
            }
        };
    }

    @Test
    void formsGoToOurOriginOnlyWithoutASignInServer() {
        assertEquals(
                "default-src 'self'; frame-ancestors 'none'; form-action 'self'",
                SecurityHeaders.contentSecurityPolicy(config(Optional.empty())));
    }

    @Test
    void formsMayAlsoLeadToTheSignInServersOrigin() {
        assertEquals(
                "default-src 'self'; frame-ancestors 'none'; form-action 'self' https://sso.example.gov.cn:8443",
                SecurityHeaders.contentSecurityPolicy(
                        config(Optional.of(URI.create("https://sso.example.gov.cn:8443/realms/jixiao")))));
    }
}

package cn.jixiao.signin.csrf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OriginsTest {

    @Test
    void anOriginHeaderAndTheAppsOwnAddressAreWrittenAlike() {
        assertEquals(Optional.of(Origins.of("http", "localhost", 8080)), Origins.of("http://localhost:8080"));
        assertEquals(
                Optional.of(Origins.of("https", "portal.example.gov.cn", -1)),
                Origins.of("https://Portal.Example.gov.cn"));
    }

    @Test
    void defaultPortsAreMadeExplicit() {
        assertEquals("https://portal.example.gov.cn:443", Origins.of("https", "portal.example.gov.cn", -1));
        assertEquals(Origins.of("http://example.org"), Origins.of("http://example.org:80"));
    }

    @Test
    void aRefererGivesTheOriginOfThePageItNames() {
        assertEquals(Origins.of("http://localhost:8080"), Origins.of("http://localhost:8080/projects/3?year=2024"));
    }

    @Test
    void anotherSchemeHostOrPortIsAnotherOrigin() {
        String own = Origins.of("https", "portal.example.gov.cn", 443);
        assertFalse(Origins.of("http://portal.example.gov.cn").map(own::equals).orElse(false));
        assertFalse(Origins.of("https://evil.example").map(own::equals).orElse(false));
        assertFalse(Origins.of("https://portal.example.gov.cn:8443")
                .map(own::equals)
                .orElse(false));
        assertTrue(Origins.of("https://portal.example.gov.cn/").map(own::equals).orElse(false));
    }

    @Test
    void anOpaqueOrUnreadableOriginIsNone() {
        assertEquals(Optional.empty(), Origins.of("null"));
        assertEquals(Optional.empty(), Origins.of("::not a url::"));
        assertEquals(Optional.empty(), Origins.of(""));
        assertEquals(Optional.empty(), Origins.of(null));
    }
}

package cn.jixiao.signin.csrf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CsrfTokensTest {
    private final CsrfTokens tokens = new CsrfTokens("a-secret-of-at-least-thirty-two-characters");

    @Test
    void everyInstanceWithTheSecretComputesTheSameTokenForASession() {
        var another = new CsrfTokens("a-secret-of-at-least-thirty-two-characters");
        assertEquals(tokens.tokenFor("session-1"), another.tokenFor("session-1"));
        assertTrue(another.matches(tokens.tokenFor("session-1"), "session-1"));
    }

    @Test
    void eachSessionHasItsOwnToken() {
        assertNotEquals(tokens.tokenFor("session-1"), tokens.tokenFor("session-2"));
        assertFalse(tokens.matches(tokens.tokenFor("session-1"), "session-2"));
    }

    @Test
    void anotherSecretGivesOtherTokens() {
        var other = new CsrfTokens("another-secret-of-at-least-thirty-two-chars");
        assertFalse(other.matches(tokens.tokenFor("session-1"), "session-1"));
    }

    @Test
    void aMissingEmptyOrWrongTokenDoesNotMatch() {
        assertFalse(tokens.matches(null, "session-1"));
        assertFalse(tokens.matches("", "session-1"));
        assertFalse(tokens.matches("not-the-token", "session-1"));
    }

    @Test
    void tokensFitInHeadersFormsAndHtmlAttributesAsTheyAre() {
        assertTrue(tokens.tokenFor("session-1").matches("[A-Za-z0-9_-]{43}"), tokens.tokenFor("session-1"));
    }
}

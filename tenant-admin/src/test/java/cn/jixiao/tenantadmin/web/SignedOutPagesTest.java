package cn.jixiao.tenantadmin.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.signin.logout.LogoutResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The page an operator sees after logging out: it says so, and when Keycloak could not be told (it was
 * down, see the portal's KeycloakAwayTest for the whole logout) that the single sign-on session goes on.
 */
@QuarkusTest
class SignedOutPagesTest {

    @Test
    void theSignedOutPageSaysSoAndMentionsKeycloakOnlyWhenItWasAway() {
        String plain = page("");
        assertTrue(plain.contains("您已安全退出"), plain);
        assertFalse(plain.contains("sign-in-server-away"), plain);

        String away = page("?" + LogoutResource.KEYCLOAK_AWAY + "=away");
        assertTrue(away.contains("id=\"sign-in-server-away\""), away);
        assertTrue(away.contains("统一身份认证服务暂时不可用：您已退出本系统"), away);

        // any other value is ignored, never shown
        String other = page("?" + LogoutResource.KEYCLOAK_AWAY + "=%3Cscript%3Ealert(1)%3C/script%3E");
        assertFalse(other.contains("sign-in-server-away"), other);
        assertFalse(other.contains("<script>alert(1)"), other);
    }

    private static String page(String query) {
        var response = given().accept("text/html").get("/signed-out" + query);
        assertEquals(200, response.statusCode(), response.asString());
        return response.asString();
    }
}

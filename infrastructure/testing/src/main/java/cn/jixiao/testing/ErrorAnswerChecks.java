package cn.jixiao.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.List;

/** How our error answers look, asserted the same way in every app. */
public final class ErrorAnswerChecks {
    /** Text that only a stack trace, a class name or a parser's internals would put in a body. */
    public static final List<String> INTERNALS = List.of(
            "Exception", "at cn.", "at java.", "org.hibernate", "java.", "com.fasterxml", "io.quarkus", "Caused by");

    private ErrorAnswerChecks() {}

    /** A JSON 4xx whose message (and the field list) names the field at fault. */
    public static void assertRefusedNaming(Response response, int status, String field) {
        String body = response.asString();
        assertEquals(status, response.statusCode(), body);
        assertTrue(response.contentType().startsWith("application/json"), response.contentType() + ": " + body);
        assertEquals(status, response.jsonPath().getInt("status"), body);
        assertTrue(response.jsonPath().getList("fields.field").contains(field), "no field " + field + " in " + body);
        assertTrue(response.jsonPath().getString("message").contains(field), "the message does not name " + field);
        assertNoInternals(body);
    }

    /** An HTML error page in the app's layout: language, title, the message in Chinese and English, a way home. */
    public static void assertErrorPage(Response response, int status, String layoutMarker) {
        String html = response.asString();
        assertEquals(status, response.statusCode(), html);
        assertTrue(response.contentType().startsWith("text/html"), response.contentType());
        assertTrue(html.contains("<html lang=\"zh-CN\""), "no lang: " + html);
        assertTrue(html.matches("(?s).*<title>[^<]+</title>.*"), "no title: " + html);
        assertTrue(html.contains("id=\"error-message\""), "no message: " + html);
        assertTrue(html.contains("lang=\"en\""), "no English: " + html);
        assertTrue(html.contains("href=\"/\""), "no link home: " + html);
        assertTrue(html.contains(layoutMarker), "not in the app's layout (" + layoutMarker + "): " + html);
        assertNoInternals(html);
    }

    public static void assertNoInternals(String body) {
        for (String marker : INTERNALS) {
            assertFalse(body.contains(marker), "'" + marker + "' in the answer: " + body);
        }
    }
}

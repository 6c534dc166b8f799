package cn.jixiao.testing.probe;

import java.nio.charset.StandardCharsets;

/**
 * One bad request: the method, the target exactly as sent (path and query, maybe not a valid URI),
 * the body and its content type, and what is wrong with it, for the report.
 */
public record ProbeRequest(String method, String target, String contentType, byte[] body, String input) {

    static ProbeRequest of(String method, String target, String input) {
        return new ProbeRequest(method, target, null, null, input);
    }

    static ProbeRequest withBody(String method, String target, String contentType, String body, String input) {
        return new ProbeRequest(method, target, contentType, body.getBytes(StandardCharsets.UTF_8), input);
    }

    /** A target java.net.URI refuses (e.g. %zz) must be sent over a plain socket. */
    boolean validUri() {
        try {
            new java.net.URI(target);
            return true;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}

package cn.jixiao.platform.web.input;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Strict percent-decoding of query strings and URL-encoded form bodies: a '%' must be followed by
 * two hex digits. The frameworks fail on a malformed form with an internal error; we refuse it,
 * naming the field, before they see it.
 */
public final class UrlEncoding {
    private UrlEncoding() {}

    /** One name=value pair of a query string, decoded; {@code rawName} is as it was sent. */
    public record Parameter(String rawName, String name, String value) {}

    /** Thrown for a '%' not followed by two hex digits. */
    public static final class MalformedException extends Exception {
        private final String rawName;

        MalformedException(String rawName) {
            super("malformed percent-encoding in " + rawName, null, false, false);
            this.rawName = rawName;
        }

        /** The parameter (as sent) whose name or value is malformed. */
        public String rawName() {
            return rawName;
        }
    }

    /** The pairs of a raw query string or form body ({@code a=1&b=%E4%B8%AD}), '+' meaning a space. */
    public static List<Parameter> queryParameters(String rawQuery) throws MalformedException {
        var parameters = new ArrayList<Parameter>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String rawValue = eq < 0 ? "" : pair.substring(eq + 1);
            String name = decode(rawName, true, rawName);
            parameters.add(new Parameter(rawName, name, decode(rawValue, true, name)));
        }
        return parameters;
    }

    private static String decode(String raw, boolean plusIsSpace, String field) throws MalformedException {
        if (raw.indexOf('%') < 0 && !(plusIsSpace && raw.indexOf('+') >= 0)) {
            return raw;
        }
        var text = new StringBuilder(raw.length());
        var bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '%') {
                // a run of %XX bytes is one UTF-8 sequence (or several)
                bytes.reset();
                while (i < raw.length() && raw.charAt(i) == '%') {
                    if (i + 2 >= raw.length() || hex(raw.charAt(i + 1)) < 0 || hex(raw.charAt(i + 2)) < 0) {
                        throw new MalformedException(field);
                    }
                    bytes.write(hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2)));
                    i += 3;
                }
                text.append(bytes.toString(StandardCharsets.UTF_8));
            } else {
                text.append(c == '+' && plusIsSpace ? ' ' : c);
                i++;
            }
        }
        return text.toString();
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}

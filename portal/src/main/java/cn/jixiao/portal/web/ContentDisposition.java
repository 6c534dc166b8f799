package cn.jixiao.portal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** An attachment header that keeps a Chinese file name in every browser (RFC 6266 / RFC 5987). */
public final class ContentDisposition {
    private ContentDisposition() {}

    /** {@code asciiName} for old clients, {@code name} (UTF-8, percent-encoded) for the rest. */
    public static String attachment(String asciiName, String name) {
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + asciiName.replace("\"", "") + "\"; filename*=UTF-8''" + encoded;
    }
}

package cn.jixiao.signin.csrf;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Web origins ({@code scheme://host:port}) written one way, so two can be compared as strings. */
final class Origins {
    private Origins() {}

    /** The origin of a URL as a browser sends it in Origin or Referer; empty when it is none ("null", garbage). */
    static Optional<String> of(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(of(uri.getScheme(), uri.getHost(), uri.getPort()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The origin of a scheme, host and port; a port below 0 means the scheme's default. */
    static String of(String scheme, String host, int port) {
        String s = scheme.toLowerCase(Locale.ROOT);
        int explicit = port >= 0 ? port : defaultPort(s);
        return s + "://" + host.toLowerCase(Locale.ROOT) + ":" + explicit;
    }

    private static int defaultPort(String scheme) {
        return switch (scheme) {
            case "https", "wss" -> 443;
            case "http", "ws" -> 80;
            default -> -1;
        };
    }
}

package cn.jixiao.publicsite.views;

import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Which requests of a report page are a person reading it: not a HEAD request, not a browser's
 * prefetch or preview, and not a robot (search engines, link previews, scripts, monitoring).
 */
public final class Visits {
    // robots name themselves in the user agent; a missing one is a script too
    private static final Pattern ROBOT = Pattern.compile(
            "bot|crawl|spider|slurp|scrap|fetch|preview|monitor|check|scan|probe|archiv|headless|phantom|lighthouse"
                    + "|curl|wget|python|java/|okhttp|httpclient|go-http|axios|node-fetch|libwww|perl|ruby|php"
                    + "|facebookexternalhit|embedly|whatsapp|feed|rss");

    private Visits() {}

    /**
     * @param method  the HTTP method
     * @param header  a request header by name (null when absent)
     */
    public static boolean isPersonReading(String method, UnaryOperator<String> header) {
        if (!"GET".equalsIgnoreCase(method)) {
            return false;
        }
        if (isPrefetch(header.apply("Sec-Purpose"))
                || isPrefetch(header.apply("Purpose"))
                || isPrefetch(header.apply("X-Purpose"))
                || isPrefetch(header.apply("X-Moz"))) {
            return false;
        }
        String agent = header.apply("User-Agent");
        return agent != null
                && !agent.isBlank()
                && !ROBOT.matcher(agent.toLowerCase(Locale.ROOT)).find();
    }

    private static boolean isPrefetch(String value) {
        if (value == null) {
            return false;
        }
        String v = value.toLowerCase(Locale.ROOT);
        return v.contains("prefetch") || v.contains("prerender") || v.contains("preview");
    }
}

package cn.jixiao.publicsite.views;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class VisitsTest {
    private static final String CHROME =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";
    private static final String WECHAT =
            "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36 MicroMessenger/8.0.49";

    @Test
    void browsersOnDesktopsAndPhonesArePeople() {
        assertTrue(Visits.isPersonReading("GET", Map.of("User-Agent", CHROME)::get));
        assertTrue(Visits.isPersonReading("GET", Map.of("User-Agent", WECHAT)::get));
    }

    @Test
    void robotsScriptsAndNamelessClientsAreNot() {
        for (String agent : new String[] {
            "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
            "Mozilla/5.0 (compatible; Googlebot/2.1)",
            "Sogou web spider/4.0",
            "Mozilla/5.0 (compatible; YisouSpider/5.0)",
            "Mozilla/5.0 (Linux; Android 5.0) AppleWebKit/537.36 (KHTML, like Gecko) Mobile Safari/537.36 (compatible; Bytespider)",
            "curl/8.5.0",
            "python-requests/2.31",
            "Mozilla/5.0 HeadlessChrome/126.0",
            "facebookexternalhit/1.1",
            " "
        }) {
            assertFalse(Visits.isPersonReading("GET", Map.of("User-Agent", agent)::get), agent);
        }
        assertFalse(Visits.isPersonReading("GET", Map.<String, String>of()::get), "no user agent");
    }

    @Test
    void headAndPrefetchesAreNotReading() {
        assertFalse(Visits.isPersonReading("HEAD", Map.of("User-Agent", CHROME)::get));
        assertFalse(
                Visits.isPersonReading("GET", Map.of("User-Agent", CHROME, "Sec-Purpose", "prefetch;prerender")::get));
        assertFalse(Visits.isPersonReading("GET", Map.of("User-Agent", CHROME, "Purpose", "prefetch")::get));
        assertFalse(Visits.isPersonReading("GET", Map.of("User-Agent", CHROME, "X-Moz", "prefetch")::get));
    }
}

package cn.jixiao.publicsite.web;

import cn.jixiao.publicsite.region.RegionIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the shared layout (base.html, as {@code cdi:site}) knows about the request: the reader's display
 * choices from the toolbar's cookie (rendered as classes on the page, so there is no flash of the
 * wrong size), the region the page belongs to (its footer fields), and the page's own address (找错).
 */
@Named("site")
@RequestScoped
public class SiteContext {
    /** The toolbar's cookie: its choices separated by "." (site.js writes it). */
    static final String DISPLAY_COOKIE = "jx-display";

    private static final Set<String> CHOICES = Set.of("elder", "text-large", "text-small", "contrast", "spacing");
    /** The national 政府网站找错 service, which government sites link to with the page's address. */
    private static final String ERROR_REPORT = "https://zfwzzc.www.gov.cn/";

    @Inject
    HttpServerRequest request;

    private RegionIdentity identity;

    /** A page of a region shows that region's footer fields. */
    public void region(Optional<RegionIdentity> regionIdentity) {
        this.identity = regionIdentity.orElse(null);
    }

    public RegionIdentity identity() {
        return identity;
    }

    public boolean hasIdentity() {
        return identity != null;
    }

    /** The display choices the reader made, as classes of the html element, e.g. "elder contrast". */
    public String displayClasses() {
        Cookie cookie = request.getCookie(DISPLAY_COOKIE);
        if (cookie == null || cookie.getValue() == null) {
            return "";
        }
        return Arrays.stream(cookie.getValue().split("\\."))
                .filter(CHOICES::contains)
                .distinct()
                .sorted()
                .collect(Collectors.joining(" "));
    }

    public boolean elder() {
        return displayClasses().contains("elder");
    }

    /** The 找错 link for this page: the national service with the page's address (and the site's 标识码). */
    public String errorReportUrl() {
        String page = request.absoluteURI();
        var url = new StringBuilder(ERROR_REPORT).append("?url=").append(encode(page == null ? "" : page));
        if (identity != null && identity.siteCode() != null) {
            url.append("&sitecode=").append(encode(identity.siteCode()));
        }
        return url.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

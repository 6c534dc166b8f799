package cn.jixiao.portal.security;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import java.util.Optional;

/**
 * The region (and department) a person who belongs to several has chosen to work in: a header for
 * scripts ({@code X-Jixiao-Region}, {@code X-Jixiao-Department}), else the cookie the header's switcher
 * set. Only a wish: {@link SignedInUser} holds it against the token's organizations on every request.
 */
public record WorkChoice(Optional<String> region, boolean regionFromHeader, Optional<String> department) {
    public static final String REGION_HEADER = "X-Jixiao-Region";
    public static final String DEPARTMENT_HEADER = "X-Jixiao-Department";
    public static final String REGION_COOKIE = "jixiao_region";
    public static final String DEPARTMENT_COOKIE = "jixiao_department";

    public static final WorkChoice NONE = new WorkChoice(Optional.empty(), false, Optional.empty());

    static WorkChoice of(HttpServerRequest request) {
        if (request == null) {
            return NONE;
        }
        Optional<String> header = text(request.getHeader(REGION_HEADER));
        Optional<String> region = header.or(() -> cookie(request, REGION_COOKIE));
        Optional<String> department =
                text(request.getHeader(DEPARTMENT_HEADER)).or(() -> cookie(request, DEPARTMENT_COOKIE));
        return new WorkChoice(region, header.isPresent(), department);
    }

    private static Optional<String> cookie(HttpServerRequest request, String name) {
        Cookie cookie = request.getCookie(name);
        return cookie == null ? Optional.empty() : text(cookie.getValue());
    }

    private static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}

package cn.jixiao.platform.web.headers;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** The security headers every answer of the app carries ({@link SecurityHeaders}). */
@ConfigMapping(prefix = "jixiao.web.headers")
public interface SecurityHeadersConfig {

    /**
     * Content-Security-Policy without its form-action part: our own origin only, no inline script
     * or style (none is used), never inside a frame.
     */
    @WithDefault("default-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'")
    String contentSecurityPolicy();

    /**
     * The sign-in server (the OIDC realm URL), whose origin forms may also lead to: a form posted
     * after the session ended is redirected there. Absent in apps without sign-in.
     */
    Optional<URI> signInServer();

    /** Referrer-Policy: other sites learn our origin at most, never a path with ids or search words. */
    @WithDefault("strict-origin-when-cross-origin")
    String referrerPolicy();

    /** Permissions-Policy: no page needs a camera, microphone, location, payment or USB. */
    @WithDefault("camera=(), microphone=(), geolocation=(), payment=(), usb=()")
    String permissionsPolicy();

    /** Strict-Transport-Security, sent only on answers to requests that came over HTTPS. */
    @WithDefault("max-age=31536000; includeSubDomains")
    String strictTransportSecurity();

    /**
     * Cache-Control: no-store on every answer except {@link #cacheablePaths()}: for apps behind a
     * sign-in, so a shared computer's browser keeps no copy of a signed-in page or API answer.
     */
    @WithDefault("false")
    boolean noStore();

    /** Path prefixes that stay cacheable when {@link #noStore()} is on (stylesheets, scripts, icons). */
    @WithDefault("/static/,/favicon.ico,/favicon.svg")
    List<String> cacheablePaths();
}

package cn.jixiao.signin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;

/** What a signed-in app sets for the shared sign-in rules ({@code jixiao.signin.*}). */
@ConfigMapping(prefix = "jixiao.signin")
public interface SigninConfig {

    /**
     * The key of the CSRF tokens (HMAC-SHA256 of the Keycloak session id), at least 32 characters, the
     * same on every instance of an app. A secret: set it from the environment ({@code JIXIAO_CSRF_SECRET}).
     */
    @Size(min = 32, message = "jixiao.signin.csrf-secret must have at least 32 characters")
    String csrfSecret();

    /**
     * Path prefixes of the JSON APIs: a request there without valid credentials is answered with
     * 401 and a JSON body instead of a redirect to the login page.
     */
    @WithDefault("/api")
    List<String> apiPaths();

    /** Where Keycloak sends the browser after a logout (must be allowed as a post-logout redirect URI). */
    @WithDefault("/signed-out")
    String signedOutPath();

    /**
     * How long an ended session is remembered: longer than Keycloak lets any session or token live,
     * after which its cookies and tokens fail on their own.
     */
    @WithDefault("P2D")
    Duration endedSessionRetention();

    /** Keycloak as the sign-in redirects browsers to it: asked whether it answers before they are sent. */
    SignInServer signInServer();

    interface SignInServer {
        /** The realm's address (its discovery document is asked for); the OIDC server's by default. */
        @WithDefault("${quarkus.oidc.auth-server-url}")
        String url();

        /** How long an answer is remembered: a Keycloak back up is seen within this. */
        @WithDefault("5S")
        Duration checkEvery();

        /** How long one check may take before Keycloak counts as down. */
        @WithDefault("2S")
        Duration timeout();
    }
}

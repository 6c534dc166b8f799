package cn.jixiao.signin.csrf;

import cn.jixiao.signin.SigninConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A browser session's CSRF token: the HMAC-SHA256 of its Keycloak session id under the app's secret.
 * Any instance that has the secret computes the same token, so nothing is stored; the token changes
 * with every login, and knowing one session's token tells nothing about another's.
 */
@ApplicationScoped
public class CsrfTokens {
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    @Inject
    public CsrfTokens(SigninConfig config) {
        this(config.csrfSecret());
    }

    CsrfTokens(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public String tokenFor(String sessionId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(("csrf:" + sessionId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Whether {@code presented} is the session's token, compared in constant time. */
    public boolean matches(String presented, String sessionId) {
        if (presented == null || presented.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(
                presented.getBytes(StandardCharsets.UTF_8), tokenFor(sessionId).getBytes(StandardCharsets.UTF_8));
    }
}

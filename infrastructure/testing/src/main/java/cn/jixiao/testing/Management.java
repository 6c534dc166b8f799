package cn.jixiao.testing;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import java.net.URI;

/**
 * The management interface of the app under test: health, metrics and OpenAPI answer only there,
 * on their own port (the app's port + 1000), never on the port citizens and users reach.
 */
public final class Management {
    private Management() {}

    /** {@code url("/q/health/ready")} → http://localhost:19081/q/health/ready in public-site's tests. */
    public static String url(String path) {
        // Quarkus's management URI may carry the management root path (/q); keep only the origin
        URI base = URI.create(TestHTTPResourceManager.getManagementUri());
        return base.getScheme() + "://" + base.getHost() + ":" + base.getPort()
                + (path.startsWith("/") ? path : "/" + path);
    }
}

package cn.jixiao.signin.outage;

import cn.jixiao.signin.SigninConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;

/**
 * Keycloak as the browser's sign-in goes there: whether it answers (its realm's discovery document), asked
 * at most once per {@code jixiao.signin.sign-in-server.check-every}. Sending a browser to a Keycloak that
 * is down shows the user the browser's own "cannot connect" page; the apps show theirs instead. The portal
 * reaches Keycloak on the same address the browsers are sent to, so its answer stands for theirs.
 */
@ApplicationScoped
public class SignInServer {
    private final ReachabilityProbe probe;
    private final String url;

    @Inject
    public SignInServer(SigninConfig config) {
        this.url = config.signInServer().url().replaceAll("/+$", "");
        this.probe = new ReachabilityProbe(
                URI.create(url + "/.well-known/openid-configuration"),
                config.signInServer().timeout(),
                config.signInServer().checkEvery(),
                Clock.systemUTC());
    }

    /** True when Keycloak answered at the last check. */
    public Uni<Boolean> reachable() {
        Uni<Boolean> answer = Uni.createFrom().completionStage(probe::reachable);
        // a check's answer comes on the HTTP client's thread; the request goes on on its own Vert.x context
        Context caller = Vertx.currentContext();
        return caller == null ? answer : answer.emitOn(task -> caller.runOnContext(ignored -> task.run()));
    }

    /** The same answer for blocking code (a worker thread): at most two checks' timeouts. */
    public boolean reachableNow() {
        return probe.reachable().toCompletableFuture().join();
    }

    /** Whether {@code location} is on Keycloak (a redirect there is pointless while it is down). */
    public boolean hosts(String location) {
        if (location == null) {
            return false;
        }
        URI server = URI.create(url);
        try {
            URI target = URI.create(location);
            return server.getHost() != null
                    && server.getHost().equalsIgnoreCase(target.getHost())
                    && server.getPort() == target.getPort();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

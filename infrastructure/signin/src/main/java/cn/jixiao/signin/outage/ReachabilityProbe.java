package cn.jixiao.signin.outage;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Whether a server answers a GET of {@code url} with 200, asked without blocking (the answer is wanted on the
 * event loop) and at most once per {@code ttl}: every request in between gets the last answer, and requests
 * that come while a check is on its way share it, so an outage costs the server no storm of checks.
 */
public final class ReachabilityProbe {
    private record Checked(boolean up, Instant at) {}

    private final HttpClient http;
    private final HttpRequest request;
    private final Duration ttl;
    private final Clock clock;
    private volatile Checked last;
    private CompletableFuture<Boolean> inFlight;

    public ReachabilityProbe(URI url, Duration timeout, Duration ttl, Clock clock) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.request = HttpRequest.newBuilder(url).timeout(timeout).GET().build();
        this.ttl = ttl;
        this.clock = clock;
    }

    /** True when the server answered 200 at the last check (made now when the last is older than the ttl). */
    public CompletionStage<Boolean> reachable() {
        Checked checked = last;
        if (checked != null && clock.instant().isBefore(checked.at().plus(ttl))) {
            return CompletableFuture.completedFuture(checked.up());
        }
        synchronized (this) {
            if (inFlight == null) {
                // a failed check is asked again at once: a busy server may miss one answer, and a sign-in
                // refused for that would be an outage of our own making (a refused connection costs nothing)
                CompletableFuture<Boolean> check =
                        ask().thenCompose(up -> up ? CompletableFuture.completedFuture(true) : ask());
                inFlight = check.whenComplete((up, failure) -> remember(up != null && up));
            }
            CompletableFuture<Boolean> answer = inFlight;
            if (answer.isDone()) {
                inFlight = null;
            }
            return answer;
        }
    }

    private CompletableFuture<Boolean> ask() {
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> failure == null && response.statusCode() == 200);
    }

    private synchronized void remember(boolean up) {
        last = new Checked(up, clock.instant());
        inFlight = null;
    }
}

package cn.jixiao.drills;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Client threads that ask the apps the same few kinds of request, round robin, for as long as the drill
 * runs, and keep every answer (status, time taken, body, the phase it was asked and answered in). A request that gets
 * no answer within {@link #TIMEOUT} counts as a hang (status -1).
 */
final class SteadyLoad implements AutoCloseable {
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** One kind of request: which app, what it asks, whether a person's browser asks it (HTML) or a script (JSON). */
    record Kind(String name, String app, String url, String bearer, boolean page) {
        HttpRequest request() {
            var builder = HttpRequest.newBuilder(URI.create(url))
                    .timeout(TIMEOUT)
                    .header(
                            "Accept",
                            page
                                    ? "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
                                    : "application/json")
                    .header("Cache-Control", "no-cache");
            if (bearer != null) {
                builder.header("Authorization", "Bearer " + bearer);
            }
            return builder.GET().build();
        }
    }

    /** What one request got. {@code status} -1: no answer in time or the connection failed. */
    record Answer(
            Kind kind,
            String phase,
            long startNanos,
            long endNanos,
            int status,
            String contentType,
            String retryAfter,
            String body) {
        double millis() {
            return (endNanos - startNanos) / 1e6;
        }
    }

    private final List<Kind> kinds;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong next = new AtomicLong();
    private final List<Thread> threads = new ArrayList<>();
    private volatile String phase = "before";

    SteadyLoad(List<Kind> kinds, int threadCount) {
        this.kinds = List.copyOf(kinds);
        for (int i = 0; i < threadCount; i++) {
            Thread thread = Thread.ofPlatform().name("drill-client-" + i).start(this::run);
            threads.add(thread);
        }
    }

    void phase(String name) {
        phase = name;
    }

    List<Answer> answers() {
        synchronized (answers) {
            return List.copyOf(answers);
        }
    }

    private void run() {
        while (running.get()) {
            Kind kind = kinds.get((int) (next.getAndIncrement() % kinds.size()));
            String askedIn = phase;
            long start = System.nanoTime();
            int status;
            String type = null;
            String retryAfter = null;
            String body = "";
            try {
                HttpResponse<byte[]> response = client.send(kind.request(), HttpResponse.BodyHandlers.ofByteArray());
                status = response.statusCode();
                type = response.headers().firstValue("Content-Type").orElse(null);
                retryAfter = response.headers().firstValue("Retry-After").orElse(null);
                body = status == 200 ? "" : new String(response.body(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                status = -1;
                body = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            // a request that spans a change of phase is labelled with both ("before→restart")
            String answeredIn = phase;
            String label = askedIn.equals(answeredIn) ? askedIn : askedIn + "→" + answeredIn;
            answers.add(new Answer(kind, label, start, System.nanoTime(), status, type, retryAfter, body));
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread thread : threads) {
            thread.join(TIMEOUT.toMillis() + 5000);
        }
    }
}

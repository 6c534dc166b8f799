package cn.jixiao.bench;

import cn.jixiao.localstack.StackConfig;
import cn.jixiao.testing.Tokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The packaged portal as a user's script sees it: bearer tokens, file uploads, timed GETs. */
final class Portal {
    /** Tokens live 10 minutes in the demo realm; take a fresh one well before. */
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(4);

    private final StackConfig stack;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Map<String, Token> tokens = new HashMap<>();

    private record Token(String value, long takenAt) {}

    /** An answer and how long it took from the first byte sent to the last byte read. */
    record Answer(int status, String body, double seconds) {}

    Portal(StackConfig stack) {
        this.stack = stack;
    }

    String token(String user) {
        Token token = tokens.get(user);
        if (token == null || System.nanoTime() - token.takenAt() > TOKEN_REUSE.toNanos()) {
            token = new Token(Tokens.accessToken(stack, user, Tokens.DEMO_PASSWORD), System.nanoTime());
            tokens.put(user, token);
        }
        return token.value();
    }

    /** POSTs {@code file} as the multipart field {@code file}, streamed from disk. */
    Answer upload(String user, String path, Path file, String contentType) throws IOException, InterruptedException {
        String boundary = "bench-" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: " + contentType + "\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        var body = HttpRequest.BodyPublishers.concat(
                HttpRequest.BodyPublishers.ofString(head, StandardCharsets.UTF_8),
                HttpRequest.BodyPublishers.ofFile(file),
                HttpRequest.BodyPublishers.ofString(tail, StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(stack.portalUrl() + path))
                .header("Authorization", "Bearer " + token(user))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(body)
                .build();
        long t0 = System.nanoTime();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body(), (System.nanoTime() - t0) / 1e9);
    }

    Answer get(String user, String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(stack.portalUrl() + path))
                .header("Authorization", "Bearer " + token(user))
                .GET()
                .build();
        long t0 = System.nanoTime();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body(), (System.nanoTime() - t0) / 1e9);
    }

    void warm(String user, String path, int requests) throws IOException, InterruptedException {
        for (int i = 0; i < requests; i++) {
            ok(get(user, path), path);
        }
    }

    /** One timed request; any answer but 200 stops the run. */
    double millis(String user, String path) throws IOException, InterruptedException {
        token(user); // a token refresh is not part of the request being timed
        return ok(get(user, path), path).seconds() * 1e3;
    }

    static Answer ok(Answer answer, String what) {
        if (answer.status() != 200) {
            throw new IllegalStateException(what + " answered " + answer.status() + ": " + excerpt(answer.body()));
        }
        return answer;
    }

    static String excerpt(String body) {
        return body == null ? "" : body.length() <= 600 ? body : body.substring(0, 600) + "…";
    }
}

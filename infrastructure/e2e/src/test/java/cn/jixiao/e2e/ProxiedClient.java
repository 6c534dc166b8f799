package cn.jixiao.e2e;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like client (cookies kept, redirects followed by hand) that records which instance answered
 * each request through the proxy ({@code X-Instance}).
 */
final class ProxiedClient {
    /** One answer and the instance that gave it (null when it did not come through the proxy). */
    record Answer(int status, String body, String instance, HttpResponse<String> response) {
        String location() {
            return response.headers().firstValue("Location").orElse(null);
        }
    }

    private static final Pattern FORM = Pattern.compile("<form[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");

    final CookieManager cookies = new CookieManager(new LocalhostCookies(), CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    /**
     * Browsers treat http://localhost as a secure origin and send it its {@code Secure} cookies (Keycloak's
     * sign-in cookies are); Java's cookie manager would not, so they are kept as plain cookies here.
     */
    private static final class LocalhostCookies implements java.net.CookieStore {
        private final java.net.CookieStore store = new CookieManager().getCookieStore();

        @Override
        public void add(URI uri, java.net.HttpCookie cookie) {
            cookie.setSecure(false);
            store.add(uri, cookie);
        }

        @Override
        public List<java.net.HttpCookie> get(URI uri) {
            return store.get(uri);
        }

        @Override
        public List<java.net.HttpCookie> getCookies() {
            return store.getCookies();
        }

        @Override
        public List<URI> getURIs() {
            return store.getURIs();
        }

        @Override
        public boolean remove(URI uri, java.net.HttpCookie cookie) {
            return store.remove(uri, cookie);
        }

        @Override
        public boolean removeAll() {
            return store.removeAll();
        }
    }

    /** The instances that answered, in order. */
    final List<String> served = new ArrayList<>();

    Answer get(String url, String... headers) throws IOException, InterruptedException {
        return send(request(url, headers).GET().build());
    }

    Answer post(String url, HttpRequest.BodyPublisher body, String... headers)
            throws IOException, InterruptedException {
        return send(request(url, headers).POST(body).build());
    }

    Answer delete(String url, String... headers) throws IOException, InterruptedException {
        return send(request(url, headers).DELETE().build());
    }

    Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String instance = response.headers().firstValue("X-Instance").orElse(null);
        if (instance != null) {
            served.add(instance);
        }
        return new Answer(response.statusCode(), response.body(), instance, response);
    }

    private static HttpRequest.Builder request(String url, String... headers) {
        var builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        builder.header("Accept", "text/html,application/json;q=0.9,*/*;q=0.8");
        for (int i = 0; i < headers.length; i += 2) {
            builder.setHeader(headers[i], headers[i + 1]);
        }
        return builder;
    }

    /**
     * Signs in through Keycloak's login form (the code flow with PKCE) starting at {@code start}: returns the
     * answers of the proxy, in order (the redirect to Keycloak, then the return with the code).
     */
    List<Answer> signIn(String start, String username, String password) throws IOException, InterruptedException {
        var throughProxy = new ArrayList<Answer>();
        Answer answer = get(start);
        throughProxy.add(answer);
        if (answer.status() != 302 || answer.location() == null) {
            throw new AssertionError("expected a redirect to the sign-in, got " + answer.status());
        }
        answer = get(answer.location()); // Keycloak's login page
        for (int step = 0; step < 3 && answer.status() == 200; step++) {
            String action = loginAction(answer.body());
            var fields = new java.util.LinkedHashMap<String, String>();
            fields.put("username", username);
            if (answer.body().contains("name=\"password\"")) {
                fields.put("password", password);
            }
            answer = post(action, form(fields), "Content-Type", "application/x-www-form-urlencoded");
        }
        if (answer.status() != 302 || answer.location() == null) {
            throw new AssertionError("Keycloak did not accept the sign-in: " + answer.status());
        }
        answer = get(answer.location()); // back at the app, with the code and the state
        throughProxy.add(answer);
        if (answer.status() != 302 && answer.status() != 303) {
            throw new AssertionError("the app did not take the code: " + answer.status() + " " + answer.body());
        }
        return throughProxy;
    }

    private static String loginAction(String html) {
        Matcher forms = FORM.matcher(html);
        while (forms.find()) {
            String tag = forms.group();
            if (tag.contains("kc-form-login")) {
                Matcher action = ACTION.matcher(tag);
                if (action.find()) {
                    return action.group(1).replace("&amp;", "&");
                }
            }
        }
        throw new AssertionError("no login form on Keycloak's page");
    }

    static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    /** A multipart/form-data body: text fields and at most one file; returns the body and its content type. */
    static Map.Entry<HttpRequest.BodyPublisher, String> multipart(
            Map<String, String> fields, String fileField, String fileName, byte[] file) {
        String boundary = "----jixiao" + UUID.randomUUID();
        var out = new java.io.ByteArrayOutputStream();
        try {
            for (var field : fields.entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                                + "\"\r\n\r\n" + field.getValue() + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            if (fileField != null) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.write(file);
                out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Map.entry(
                HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()), "multipart/form-data; boundary=" + boundary);
    }
}

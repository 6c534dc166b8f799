package cn.jixiao.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the signed-in users work on, found (and where missing, made) once before the load through the
 * portal's own JSON API, as each demo account: its department, a budget year with a budget, a draft
 * evaluation of its department and its level-3 indicators, and the portal pages that answer it 200.
 * Nothing here is timed.
 */
final class Workplace {
    static final ObjectMapper JSON = new ObjectMapper();

    /** One demo account's place of work. {@code evaluationId} and {@code leaves} are empty for reviewers. */
    record Account(
            String username,
            boolean editor,
            Long departmentId,
            int year,
            Long evaluationId,
            List<Long> leaves,
            List<String> pages) {}

    /** Department editors: they edit budgets, fill evaluations, upload evidence and import sheets. */
    static final List<String> EDITORS = List.of(
            "yijinhuoluo-dept",
            "yijinhuoluo-shebao",
            "yijinhuoluo-bigdata",
            "yijinhuoluo-enke",
            "baoshan-dept",
            "yueyang-dept");

    /** Finance reviewers and region admins: they read pages and dashboards. */
    static final List<String> READERS =
            List.of("yijinhuoluo-finance", "baoshan-finance", "yueyang-finance", "yijinhuoluo-admin", "baoshan-admin");

    private final LoadConfig config;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final Map<String, Account> accounts = new ConcurrentHashMap<>();

    Workplace(LoadConfig config) {
        this.config = config;
    }

    void prepare() throws Exception {
        for (String user : EDITORS) {
            accounts.put(user, prepare(user, true));
        }
        for (String user : READERS) {
            accounts.put(user, prepare(user, false));
        }
    }

    private Account prepare(String username, boolean editor) throws Exception {
        String token = token(username);
        JsonNode me = get(token, "/api/me");
        Long department = me.path("department").hasNonNull("id")
                ? me.path("department").path("id").asLong()
                : null;
        int year = config.year();
        Long evaluation = null;
        List<Long> leaves = new ArrayList<>();
        if (editor) {
            if (department == null) {
                throw new IllegalStateException(username + " has no department: " + me);
            }
            ensureBudget(token, department, year);
            evaluation = draftEvaluation(token, username, department);
            JsonNode view = get(token, "/api/evaluations/" + evaluation);
            for (JsonNode indicator : view.path("indicators")) {
                if (indicator.path("level").asInt() == 3
                        && !"RECORD".equals(indicator.path("rule").asText())) {
                    leaves.add(indicator.path("id").asLong());
                }
            }
            if (leaves.isEmpty()) {
                throw new IllegalStateException(
                        "evaluation " + evaluation + " of " + username + " has no leaf to fill");
            }
        }
        List<String> pages = new ArrayList<>();
        for (String page : candidatePages(department, year, evaluation)) {
            int status = status(token, page);
            if (status == 200) {
                pages.add(page);
            } else {
                System.out.printf("[load] %s: page %s answers %d, left out of the mix%n", username, page, status);
            }
        }
        System.out.printf(
                "[load] %s: department %s, year %d, draft evaluation %s (%d leaves), %d pages%n",
                username, department, year, evaluation, leaves.size(), pages.size());
        return new Account(username, editor, department, year, evaluation, List.copyOf(leaves), List.copyOf(pages));
    }

    private static List<String> candidatePages(Long department, int year, Long evaluation) {
        var pages = new ArrayList<>(List.of(
                "/",
                "/departments",
                "/projects",
                "/targets",
                "/evaluations",
                "/findings",
                "/dashboard",
                "/kiosks",
                "/kiosks/devices",
                "/contracts",
                "/indicator-templates",
                "/transfer"));
        if (department != null) {
            pages.add("/departments/" + department);
            pages.add("/departments/" + department + "/budget?year=" + year);
        }
        if (evaluation != null) {
            pages.add("/evaluations/" + evaluation);
        }
        return pages;
    }

    /** A budget for the load year, so that every edit is a change with a version (made once when missing). */
    private void ensureBudget(String token, long department, int year) throws Exception {
        String path = "/api/departments/" + department + "/budget?year=" + year;
        if (status(token, path) == 200) {
            return;
        }
        String body =
                "{\"currentYearIncome\":1000,\"carryOver\":100,\"basicExpenditure\":600,\"projectExpenditure\":400}";
        send(token, "PUT", path, body, 200);
    }

    /** The account's draft evaluation of its department as a whole; started from an active template when none. */
    private long draftEvaluation(String token, String username, long department) throws Exception {
        JsonNode drafts = get(token, "/api/evaluations?status=DRAFT&departmentId=" + department + "&size=200");
        for (JsonNode e : drafts.path("items")) {
            if (e.path("projectId").isNull() || e.path("projectId").isMissingNode()) {
                return e.path("id").asLong();
            }
        }
        long template = departmentSelfTemplate(token, username);
        for (int year = config.year(); year > config.year() - 10; year--) {
            String body = "{\"departmentId\":" + department + ",\"year\":" + year + ",\"kind\":\"SELF\",\"templateId\":"
                    + template + "}";
            HttpResponse<String> answer = raw(token, "POST", "/api/evaluations", body);
            if (answer.statusCode() == 201 || answer.statusCode() == 200) {
                return JSON.readTree(answer.body()).path("id").asLong();
            }
            if (answer.statusCode() != 409) {
                throw new IllegalStateException(
                        "starting an evaluation answered " + answer.statusCode() + ": " + answer.body());
            }
        }
        throw new IllegalStateException("no year left for a draft evaluation of department " + department);
    }

    /**
     * The region's active department self-evaluation template; when it has none, the region's admin
     * ({@code <region>-admin}) copies the built-in {@code national-department-self} once.
     */
    private long departmentSelfTemplate(String token, String username) throws Exception {
        for (JsonNode t : get(token, "/api/indicator-templates").path("items")) {
            if (t.path("active").asBoolean()
                    && "DEPARTMENT".equals(t.path("subjectKind").asText())
                    && "SELF".equals(t.path("evaluationKind").asText())) {
                return t.path("id").asLong();
            }
        }
        String admin = username.substring(0, username.indexOf('-')) + "-admin";
        String copied =
                send(token(admin), "POST", "/api/indicator-templates/library/national-department-self/copy", "{}", 201);
        System.out.printf("[load] %s copied the built-in department self-evaluation template%n", admin);
        return JSON.readTree(copied).path("id").asLong();
    }

    String token(String username) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=portal-cli&username=" + enc(username) + "&password=demo&scope="
                + enc("openid organization:*");
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(config.tokenUrl()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("sign-in of " + username + " answered " + answer.statusCode());
        }
        return JSON.readTree(answer.body()).path("access_token").asText();
    }

    private JsonNode get(String token, String path) throws Exception {
        return JSON.readTree(send(token, "GET", path, null, 200));
    }

    private int status(String token, String path) throws Exception {
        return raw(token, "GET", path, null).statusCode();
    }

    private String send(String token, String method, String path, String body, int expected) throws Exception {
        HttpResponse<String> answer = raw(token, method, path, body);
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": "
                    + answer.body().substring(0, Math.min(400, answer.body().length())));
        }
        return answer.body();
    }

    private HttpResponse<String> raw(String token, String method, String path, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(config.portalUrl() + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

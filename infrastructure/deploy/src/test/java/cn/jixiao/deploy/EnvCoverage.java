package cn.jixiao.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table "Environment of each app" of the deploy README, and whether the manifests set every variable
 * it marks for an app: in the container's {@code env} or in a ConfigMap the container takes with
 * {@code envFrom}. A cell {@code ✓} asks for every variable of its row, or, in a row of alternatives
 * ({@code `A` / `B`}) with as many {@code ✓} as alternatives, for its own one in order; {@code app}, {@code public} or
 * {@code platform} for {@code JIXIAO_DB_<WHICH>_PASSWORD}; {@code false} or {@code true} for the row's
 * variable with that value; anything else ({@code —}, "only if it migrates") for nothing.
 */
final class EnvCoverage {
    private static final Pattern VARIABLE = Pattern.compile("`([A-Z][A-Z0-9_]+)`");

    /** What an app must have: variable → the value it must have, or null for any value. */
    record Required(String app, Map<String, String> variables) {}

    private EnvCoverage() {}

    static List<Required> fromReadme(String readme) {
        List<String> lines = readme.lines().toList();
        int start = lines.indexOf("## Environment of each app");
        if (start < 0) {
            throw new IllegalStateException("the README has no section '## Environment of each app'");
        }
        List<String> table = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("|")) {
                table.add(line);
            } else if (!table.isEmpty()) {
                break;
            }
        }
        if (table.size() < 3) {
            throw new IllegalStateException("the environment table has no rows");
        }
        List<String> apps = cells(table.get(0)).subList(1, cells(table.get(0)).size());
        Map<String, Map<String, String>> byApp = new LinkedHashMap<>();
        apps.forEach(app -> byApp.put(app, new LinkedHashMap<>()));
        for (String row : table.subList(2, table.size())) {
            List<String> cells = cells(row);
            Set<String> names = variables(cells.get(0));
            List<Set<String>> alternatives = List.of(cells.get(0).split(" / ")).stream()
                    .map(EnvCoverage::variables)
                    .toList();
            long ticks = cells.stream().skip(1).filter("✓"::equals).count();
            boolean paired = alternatives.size() > 1
                    && alternatives.stream().noneMatch(Set::isEmpty)
                    && ticks == alternatives.size();
            int tick = 0;
            for (int i = 0; i < apps.size() && i + 1 < cells.size(); i++) {
                String cell = cells.get(i + 1);
                Map<String, String> wanted = byApp.get(apps.get(i));
                switch (cell) {
                    case "✓" -> (paired ? alternatives.get(tick++) : names).forEach(n -> wanted.put(n, null));
                    case "false", "true" -> names.forEach(n -> wanted.put(n, cell));
                    case "app", "public", "platform" ->
                        wanted.put("JIXIAO_DB_" + cell.toUpperCase(Locale.ROOT) + "_PASSWORD", null);
                    default -> {}
                }
            }
        }
        return byApp.entrySet().stream()
                .map(e -> new Required(e.getKey(), e.getValue()))
                .toList();
    }

    private static Set<String> variables(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static List<String> cells(String row) {
        String inner = row.strip();
        inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
        return List.of(inner.split("\\|", -1)).stream().map(String::strip).toList();
    }

    /** What is missing or wrong, app by app (the app's Deployment is the one named like it). */
    static List<String> check(List<Required> required, List<Manifest> manifests) {
        List<String> errors = new ArrayList<>();
        for (Required app : required) {
            Manifest deployment = manifests.stream()
                    .filter(m -> m.is("Deployment") && m.name().equals(app.app()))
                    .findFirst()
                    .orElse(null);
            if (deployment == null) {
                errors.add("no Deployment named " + app.app());
                continue;
            }
            Map<String, JsonNode> set = environment(deployment, manifests);
            app.variables().forEach((name, value) -> {
                JsonNode given = set.get(name);
                if (given == null) {
                    errors.add(deployment.where() + ": " + name + " is not set (deploy README, environment table)");
                } else if (value != null && !value.equals(given.asText())) {
                    errors.add(deployment.where() + ": " + name + " must be " + value + ", not " + given.asText());
                }
            });
        }
        return errors;
    }

    /** The app container's variables: ConfigMaps taken with envFrom, then env (a value, or a reference). */
    private static Map<String, JsonNode> environment(Manifest deployment, List<Manifest> manifests) {
        Map<String, JsonNode> set = new LinkedHashMap<>();
        for (JsonNode container :
                deployment.node().path("spec").path("template").path("spec").path("containers")) {
            if (!container.path("name").asText().equals(deployment.name())) {
                continue;
            }
            for (JsonNode from : container.path("envFrom")) {
                String configMap = from.path("configMapRef").path("name").asText("");
                manifests.stream()
                        .filter(m -> m.is("ConfigMap")
                                && m.name().equals(configMap)
                                && m.namespace().equals(deployment.namespace()))
                        .forEach(m -> m.node()
                                .path("data")
                                .fields()
                                .forEachRemaining(e -> set.put(e.getKey(), e.getValue())));
            }
            for (JsonNode env : container.path("env")) {
                set.put(env.path("name").asText(), env.has("value") ? env.get("value") : env.path("valueFrom"));
            }
        }
        return set;
    }
}

package cn.jixiao.portal.project;

import cn.jixiao.portal.web.Refusals;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 政府支出经济分类: the classes (类, e.g. 302 商品和服务支出) and items (款, e.g. 30226 劳务费) an expenditure
 * entry is booked under and a budget line allows. The list is data ({@code books/economic-classes.tsv});
 * a class allows each of its items (302 allows 30226).
 */
public final class EconomicClasses {
    static final String RESOURCE = "/books/economic-classes.tsv";

    /** A code with its name. */
    @io.quarkus.qute.TemplateData
    public record Entry(String code, String name) {
        public String label() {
            return code + " " + name;
        }
    }

    private static final Map<String, String> NAMES = load();

    private EconomicClasses() {}

    public static List<Entry> all() {
        return NAMES.entrySet().stream()
                .map(e -> new Entry(e.getKey(), e.getValue()))
                .toList();
    }

    public static Optional<String> name(String code) {
        return Optional.ofNullable(code == null ? null : NAMES.get(code));
    }

    /** "30226 劳务费"; a code not in the list as it is. */
    public static String label(String code) {
        return name(code).map(n -> code + " " + n).orElse(code);
    }

    /** "30227 委托业务费、31002 办公设备购置". */
    public static String labels(Collection<String> codes) {
        return String.join("、", codes.stream().map(EconomicClasses::label).toList());
    }

    /** Whether a budget line allowing {@code allowed} allows an entry of {@code code}: the code or its class. */
    public static boolean allows(Collection<String> allowed, String code) {
        for (String a : allowed) {
            if (code.equals(a) || (a.length() < code.length() && code.startsWith(a))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A code as typed ("30226", or "30226 劳务费" as an export writes it), checked against the list; blank
     * is null. Anything else is refused with a 400 naming the field.
     */
    public static String normalize(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String code = typed.strip();
        int space = code.indexOf(' ');
        if (space > 0) {
            code = code.substring(0, space);
        }
        if (!NAMES.containsKey(code)) {
            throw Refusals.invalid(field, problem(typed.strip()));
        }
        return code;
    }

    /** The message for a code not in the list (the import names it on the row as well). */
    public static String problem(String typed) {
        return "经济分类「" + typed + "」不在政府支出经济分类科目中，请填写如 30201（办公费）、30226（劳务费）、31002（办公设备购置）的类款编码"
                + " (not a government expenditure economic classification code, e.g. 30201, 30226, 31002)";
    }

    /** The classes a budget line allows, checked, without repeats and in the order given; null stays null. */
    public static List<String> normalizeAll(String field, List<String> typed) {
        if (typed == null) {
            return null;
        }
        var codes = new LinkedHashSet<String>();
        for (String t : typed) {
            String code = normalize(field, t);
            if (code != null) {
                codes.add(code);
            }
        }
        return new ArrayList<>(codes);
    }

    private static Map<String, String> load() {
        var names = new LinkedHashMap<String, String>();
        try (InputStream in = EconomicClasses.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                names.put(parts[0].strip(), parts[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Collections.unmodifiableMap(names);
    }
}

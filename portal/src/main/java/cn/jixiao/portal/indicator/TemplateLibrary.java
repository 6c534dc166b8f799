package cn.jixiao.portal.indicator;

import cn.jixiao.platform.publication.EvaluationKind;
import cn.jixiao.platform.publication.EvaluationScope;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The built-in library of ready templates (指标体系): the national defaults of 财预〔2020〕10号 and the
 * systems of the seed documents. Each is a JSON file under {@code indicator-library/}, read once at
 * start and checked by the same {@link TemplateValidator} a region's own template passes: a library
 * file that does not add up stops the portal from starting.
 */
@Startup
@Singleton
public class TemplateLibrary {
    /** The library's codes, in the order the library page lists them. */
    public static final List<String> CODES = List.of(
            "national-project-self",
            "national-project-evaluation",
            "national-department-self",
            "national-department-evaluation",
            "yijinhuoluo-kiosk-2022",
            "yijinhuoluo-department-2021",
            "yueyang-yichuang-2020");

    private final Map<String, Entry> templates;

    /** A library template, read and checked. */
    public record Entry(LibraryTemplate file, TemplateValidator.Result tree) {}

    public TemplateLibrary() {
        this.templates = load();
    }

    static Map<String, Entry> load() {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        Map<String, Entry> loaded = new LinkedHashMap<>();
        for (String code : CODES) {
            LibraryTemplate file = read(json, code);
            if (!code.equals(file.code())) {
                throw new IllegalStateException("library file " + code + ".json names the code " + file.code());
            }
            var result = TemplateValidator.check(file.input());
            if (!result.valid()) {
                throw new IllegalStateException("library template " + code + " is invalid: "
                        + result.problems().stream()
                                .map(p -> p.field() + ": " + p.message())
                                .collect(Collectors.joining("; ")));
            }
            loaded.put(code, new Entry(file, result));
        }
        return loaded;
    }

    private static LibraryTemplate read(ObjectMapper json, String code) {
        String path = "indicator-library/" + code + ".json";
        try (InputStream in = TemplateLibrary.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing library file " + path);
            }
            return json.readValue(in, LibraryTemplate.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read library file " + path, e);
        }
    }

    public Optional<Entry> find(String code) {
        return Optional.ofNullable(code).map(templates::get);
    }

    public List<Entry> all() {
        return List.copyOf(templates.values());
    }

    /** The current region's copy of a library template (an active one first, the oldest of them). */
    @Transactional
    public Optional<Long> regionTemplateId(String builtinCode) {
        return IndicatorTemplate.<IndicatorTemplate>find("builtinCode = ?1 order by active desc, id", builtinCode)
                .firstResultOptional()
                .map(t -> t.id);
    }

    /** The library template as the API shows it. */
    static LibraryView view(Entry entry, Long regionTemplateId) {
        LibraryTemplate file = entry.file();
        var nodes = entry.tree().nodes();
        var indicators = nodes.stream()
                .map(n -> IndicatorView.of(
                        n,
                        n.parentIndex() < 0 ? null : nodes.get(n.parentIndex()).key()))
                .toList();
        EvaluationScope scope = EvaluationScope.valueOf(file.subjectKind());
        EvaluationKind kind = file.evaluationKind() == null ? null : EvaluationKind.valueOf(file.evaluationKind());
        return new LibraryView(
                file.code(),
                file.name(),
                scope,
                scope.label(),
                kind,
                kind == null ? "不限" : kind.label(),
                file.description(),
                indicators.size(),
                indicators,
                regionTemplateId);
    }
}

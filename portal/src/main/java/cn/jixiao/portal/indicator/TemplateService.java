package cn.jixiao.portal.indicator;

import cn.jixiao.platform.publication.EvaluationKind;
import cn.jixiao.platform.publication.EvaluationScope;
import cn.jixiao.platform.web.ApiError;
import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.audit.AuditTrail;
import cn.jixiao.portal.web.Refusals;
import cn.jixiao.portal.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps a region's indicator templates: everyone in the region reads them; a finance reviewer or the
 * region's admin creates, replaces, (de)activates and copies them from the library, every change
 * audited. Replacing a tree leaves evaluations alone: they copied the template when they started.
 */
@ApplicationScoped
public class TemplateService {
    public static final String ENTITY = "IndicatorTemplate";
    static final String NOT_FOUND = "指标体系不存在 (indicator template not found)";
    static final String KEEPERS_ONLY =
            "只有财政审核人或地区管理员可以维护指标体系 (only a finance reviewer or the region's admin may change indicator templates)";

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    TemplateLibrary library;

    @Transactional
    public List<TemplateSummary> list() {
        Map<Long, Long> counts = new HashMap<>();
        IndicatorTemplate.getEntityManager()
                .createQuery(
                        "select i.templateId, count(i) from TemplateIndicator i group by i.templateId", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return IndicatorTemplate.<IndicatorTemplate>list("order by active desc, name").stream()
                .map(t -> TemplateSummary.of(t, counts.getOrDefault(t.id, 0L)))
                .toList();
    }

    @Transactional
    public TemplateView get(long id) {
        return view(find(id));
    }

    @Transactional
    public List<LibraryView> library() {
        return library.all().stream()
                .map(e -> TemplateLibrary.view(
                        e, library.regionTemplateId(e.file().code()).orElse(null)))
                .toList();
    }

    @Transactional
    public TemplateView create(TemplateInput input) {
        requireKeeper();
        var tree = checked(input);
        var template = new IndicatorTemplate();
        template.createdBy = access.actor();
        apply(template, input, null);
        template.persist();
        writeTree(template.id, tree.nodes());
        var after = view(template);
        audit.record("CREATE", ENTITY, template.id, null, after);
        return after;
    }

    @Transactional
    public TemplateView update(long id, TemplateInput input) {
        requireKeeper();
        IndicatorTemplate template = find(id);
        Versions.require(input.version(), template.version);
        var tree = checked(input);
        var before = view(template);
        apply(template, input, template.id);
        TemplateIndicator.delete("templateId", template.id);
        writeTree(template.id, tree.nodes());
        var after = view(template);
        audit.record("UPDATE", ENTITY, template.id, before, after);
        return after;
    }

    @Transactional
    public TemplateView setActive(long id, Integer version, boolean active) {
        requireKeeper();
        IndicatorTemplate template = find(id);
        Versions.require(version, template.version);
        if (template.active == active) {
            return view(template);
        }
        var before = view(template);
        template.active = active;
        template.updatedAt = OffsetDateTime.now();
        IndicatorTemplate.getEntityManager().flush();
        var after = view(template);
        audit.record(active ? "ACTIVATE" : "DEACTIVATE", ENTITY, template.id, before, after);
        return after;
    }

    /** Copies a library template into the region; a second copy gets a distinct name ("… (2)"). */
    @Transactional
    public TemplateView copyFromLibrary(String code) {
        requireKeeper();
        var entry = library.find(code)
                .orElseThrow(() -> new NotFoundException("指标体系库中没有「" + code + "」 (no such library template)"));
        IndicatorTemplate template = copy(entry, access.actor());
        var after = view(template);
        audit.record("COPY", ENTITY, template.id, null, after);
        return after;
    }

    /**
     * Copies a library template into the current region unless it already has a copy (the demo data:
     * no user, no audit row; the caller runs it inside the region). True when it copied.
     */
    @Transactional
    public boolean ensureCopied(String code, String actor) {
        var entry = library.find(code).orElseThrow(() -> new IllegalArgumentException("no library template " + code));
        if (IndicatorTemplate.count("builtinCode", code) > 0) {
            return false;
        }
        copy(entry, actor);
        return true;
    }

    private IndicatorTemplate copy(TemplateLibrary.Entry entry, String actor) {
        LibraryTemplate file = entry.file();
        var template = new IndicatorTemplate();
        template.createdBy = actor;
        template.name = freeName(file.name());
        template.subjectKind = EvaluationScope.valueOf(file.subjectKind());
        template.evaluationKind = file.evaluationKind() == null ? null : EvaluationKind.valueOf(file.evaluationKind());
        template.description = file.description();
        template.builtinCode = file.code();
        template.updatedAt = OffsetDateTime.now();
        template.persist();
        writeTree(template.id, entry.tree().nodes());
        return template;
    }

    private static String freeName(String name) {
        if (IndicatorTemplate.count("name", name) == 0) {
            return name;
        }
        for (int n = 2; ; n++) {
            String candidate = name + " (" + n + ")";
            if (IndicatorTemplate.count("name", candidate) == 0) {
                return candidate;
            }
        }
    }

    private static void apply(IndicatorTemplate template, TemplateInput input, Long self) {
        String name = input.name().strip();
        IndicatorTemplate.<IndicatorTemplate>find("name", name)
                .firstResultOptional()
                .filter(other -> !Objects.equals(other.id, self))
                .ifPresent(other -> {
                    throw Refusals.of(409, "name_taken", "本地区已有名为「" + name + "」的指标体系 (a template of that name exists)");
                });
        template.name = name;
        template.subjectKind = TemplateValidator.parse(EvaluationScope.class, input.subjectKind());
        template.evaluationKind = TemplateValidator.parse(EvaluationKind.class, input.evaluationKind());
        template.description =
                input.description() == null || input.description().isBlank()
                        ? null
                        : input.description().strip();
        template.updatedAt = OffsetDateTime.now();
    }

    /** Saves the checked rows, parents first (the list is in tree order: a parent is above its children). */
    private static void writeTree(long templateId, List<TemplateValidator.Node> nodes) {
        Map<Integer, Long> ids = new HashMap<>();
        for (TemplateValidator.Node n : nodes) {
            var row = new TemplateIndicator();
            row.templateId = templateId;
            row.parentId = n.parentIndex() < 0 ? null : ids.get(n.parentIndex());
            row.level = n.level();
            row.position = n.position();
            row.name = n.name();
            row.weight = n.weight();
            row.rule = n.rule();
            row.ruleParams = n.rule() == null ? null : n.params();
            row.recordKey = n.recordKey();
            row.evidenceRequired = n.evidenceRequired();
            row.description = n.description();
            row.criteria = n.criteria();
            row.persist();
            ids.put(n.index(), row.id);
        }
        TemplateIndicator.getEntityManager().flush();
    }

    private TemplateView view(IndicatorTemplate t) {
        IndicatorTemplate.getEntityManager().flush();
        var indicators = TemplateIndicator.ofTemplate(t.id).stream()
                .map(IndicatorView::of)
                .toList();
        BigDecimal total = indicators.stream()
                .filter(i -> i.level() == 1)
                .map(IndicatorView::weight)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new TemplateView(
                t.id,
                t.name,
                t.subjectKind,
                t.subjectKind.label(),
                t.evaluationKind,
                t.evaluationKind == null ? "不限" : t.evaluationKind.label(),
                t.description,
                t.builtinCode,
                t.active,
                t.version,
                t.createdBy,
                t.updatedAt,
                total,
                indicators.size(),
                indicators,
                access.keepsRegionSettings());
    }

    /** The input checked, or a 400 naming every problem (the first one is the answer's message). */
    private static TemplateValidator.Result checked(TemplateInput input) {
        var result = TemplateValidator.check(input);
        if (result.valid()) {
            return result;
        }
        throw refusal(result.problems());
    }

    static ClientErrorException refusal(List<TemplateValidator.Problem> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        problems.forEach(p -> byField.merge(p.field(), p.message(), (a, b) -> a + "；" + b));
        List<ApiError.FieldError> fields = new ArrayList<>();
        byField.forEach((field, message) -> fields.add(new ApiError.FieldError(field, message)));
        String message = problems.get(0).message()
                + (problems.size() > 1
                        ? "（另有 " + (problems.size() - 1) + " 处问题 and " + (problems.size() - 1) + " more）"
                        : "");
        return new ClientErrorException(Refusals.response(new ApiError(400, "invalid", message, fields)));
    }

    private void requireKeeper() {
        if (!access.keepsRegionSettings()) {
            throw new ForbiddenException(KEEPERS_ONLY);
        }
    }

    private static IndicatorTemplate find(long id) {
        return IndicatorTemplate.<IndicatorTemplate>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }
}

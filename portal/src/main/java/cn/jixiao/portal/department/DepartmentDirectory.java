package cn.jixiao.portal.department;

import cn.jixiao.portal.web.LikePattern;
import cn.jixiao.portal.web.Paged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the current tenant's departments; both tenancy locks keep other regions' rows out. Names sort
 * by pinyin (a region has tens to a few hundred departments, so the list is ordered in memory with the
 * Chinese collator rather than by the database's byte order).
 */
@ApplicationScoped
public class DepartmentDirectory {
    private static final Collator PINYIN = Collator.getInstance(Locale.CHINA);

    @Transactional
    public Paged<DepartmentView> page(String q, int page, int size, String sort) {
        String order = switch (sort == null ? "" : sort) {
            case "code", "kind", "budgetCode" -> sort;
            default -> "name";
        };
        List<Department> matching = q == null || q.isBlank()
                ? Department.listAll()
                : Department.list(
                        "lower(name) like ?1 escape '\\' or lower(code) like ?1 escape '\\'"
                                + " or lower(coalesce(shortName, '')) like ?1 escape '\\'"
                                + " or lower(coalesce(budgetCode, '')) like ?1 escape '\\'",
                        LikePattern.containing(q.strip().toLowerCase(Locale.ROOT)));
        Map<Long, String> names = names();
        List<DepartmentView> items = matching.stream()
                .sorted(comparator(order))
                .skip((long) page * size)
                .limit(size)
                .map(d -> DepartmentView.of(d, d.parentId == null ? null : names.get(d.parentId)))
                .toList();
        return new Paged<>(items, matching.size(), page, size, order);
    }

    @Transactional
    public Optional<DepartmentView> byId(long id) {
        return Department.<Department>findByIdOptional(id).map(this::view);
    }

    @Transactional
    public Optional<DepartmentView> byCode(String code) {
        return Department.findByCode(code).map(this::view);
    }

    /** Active departments that may be chosen as a parent, in pinyin order. */
    @Transactional
    public List<DepartmentView> parentChoices() {
        return Department.<Department>list("active", true).stream()
                .filter(d -> d.kind != DepartmentKind.UNIT && d.kind != DepartmentKind.COMMUNITY)
                .sorted(comparator("name"))
                .map(d -> DepartmentView.of(d, null))
                .toList();
    }

    DepartmentView view(Department d) {
        String parentName = d.parentId == null
                ? null
                : Department.<Department>findByIdOptional(d.parentId)
                        .map(p -> p.name)
                        .orElse(null);
        return DepartmentView.of(d, parentName);
    }

    private static Map<Long, String> names() {
        return Department.<Department>listAll().stream().collect(Collectors.toMap(d -> d.id, d -> d.name));
    }

    private static Comparator<Department> comparator(String order) {
        Comparator<Department> byName = Comparator.comparing(d -> d.name, PINYIN);
        Comparator<Department> first = switch (order) {
            case "code" -> Comparator.comparing(d -> d.code);
            case "kind" -> Comparator.comparing(d -> d.kind.ordinal());
            case "budgetCode" ->
                Comparator.comparing(d -> d.budgetCode, Comparator.nullsLast(Comparator.naturalOrder()));
            default -> byName;
        };
        return first.thenComparing(byName).thenComparing(d -> d.id);
    }
}

package cn.jixiao.portal.department;

import cn.jixiao.portal.web.Option;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** What the department pages offer the region's admin: the kinds and the parents to choose from. */
public record DepartmentForm(boolean canKeep, List<Option> kinds, List<Option> parents) {

    static DepartmentForm of(boolean canKeep, DepartmentView current, List<DepartmentView> parentChoices) {
        String kind = current == null ? DepartmentKind.BUREAU.name() : current.kind();
        Long parentId = current == null ? null : current.parentId();
        List<Option> kinds = Arrays.stream(DepartmentKind.values())
                .map(k -> new Option(k.name(), k.label, k.name().equals(kind)))
                .toList();
        List<Option> parents = parentChoices.stream()
                .filter(p -> current == null || p.id() != current.id())
                .map(p -> new Option(String.valueOf(p.id()), p.name(), Objects.equals(p.id(), parentId)))
                .toList();
        return new DepartmentForm(canKeep, kinds, parents);
    }
}

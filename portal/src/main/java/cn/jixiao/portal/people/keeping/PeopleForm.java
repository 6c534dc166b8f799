package cn.jixiao.portal.people.keeping;

import cn.jixiao.portal.department.DepartmentView;
import cn.jixiao.portal.security.Roles;
import cn.jixiao.portal.web.Option;
import java.util.List;

/** What the people pages offer the admin: the roles to tick and the region's active departments. */
public record PeopleForm(boolean canKeep, List<Option> roles, List<Option> departments) {

    static PeopleForm of(boolean canKeep, PersonView person, List<DepartmentView> departments) {
        List<Option> roles = PersonRoles.GRANTABLE.stream()
                .map(r -> new Option(r, Roles.label(r), person != null && person.hasRole(r)))
                .toList();
        List<Option> choices = departments.stream()
                .filter(DepartmentView::active)
                .map(d -> new Option(
                        String.valueOf(d.id()),
                        d.name(),
                        person != null && person.departments().stream().anyMatch(o -> o.id() == d.id())))
                .toList();
        return new PeopleForm(canKeep, roles, choices);
    }
}

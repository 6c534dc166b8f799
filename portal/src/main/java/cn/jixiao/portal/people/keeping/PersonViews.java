package cn.jixiao.portal.people.keeping;

import cn.jixiao.portal.department.DepartmentDirectory;
import cn.jixiao.portal.department.DepartmentView;
import cn.jixiao.portal.people.Person;
import cn.jixiao.portal.security.Roles;
import cn.jixiao.portal.web.Refusals;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.keycloak.representations.idm.UserRepresentation;

/** Keycloak's accounts as the region's people: names, roles by label, and departments of this region. */
@RequestScoped
public class PersonViews {
    @Inject
    DepartmentDirectory departments;

    PersonView of(UserRepresentation user, List<String> realmRoles, boolean otherRegions) {
        Map<String, List<String>> attributes = user.getAttributes() == null ? Map.of() : user.getAttributes();
        List<PersonView.DepartmentRef> own = attributes.getOrDefault("department", List.of()).stream()
                .map(departments::byCode)
                .flatMap(java.util.Optional::stream)
                .map(d -> new PersonView.DepartmentRef(d.id(), d.code(), d.name()))
                .toList();
        List<PersonView.RoleView> roles = PersonRoles.GRANTABLE.stream()
                .filter(realmRoles::contains)
                .map(r -> new PersonView.RoleView(r, Roles.label(r)))
                .toList();
        String phone =
                attributes.getOrDefault("phone", List.of()).stream().findFirst().orElse(null);
        return new PersonView(
                user.getId(),
                user.getUsername(),
                Person.of(user.getUsername(), user.getFirstName(), user.getLastName())
                        .name(),
                user.getEmail(),
                phone,
                Boolean.TRUE.equals(user.isEnabled()),
                roles,
                own,
                otherRegions);
    }

    /** The department codes for the ids asked; a department editor needs one, others need none. */
    List<String> departmentCodes(PersonInput input, List<String> roles) {
        var codes = new ArrayList<String>();
        for (Long id : input.departmentsOrNone()) {
            DepartmentView department = id == null ? null : departments.byId(id).orElse(null);
            if (department == null) {
                throw Refusals.invalid("departments", "部门不存在 (no such department)");
            }
            if (!department.active()) {
                throw Refusals.invalid("departments", "「" + department.name() + "」已停用 (the department is inactive)");
            }
            if (!codes.contains(department.code())) {
                codes.add(department.code());
            }
        }
        if (roles.contains(Roles.DEPARTMENT_EDITOR) && codes.isEmpty()) {
            throw Refusals.invalid("departments", "部门填报人须选择至少一个部门 (a department editor needs a department)");
        }
        return codes;
    }
}

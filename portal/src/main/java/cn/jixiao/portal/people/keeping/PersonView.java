package cn.jixiao.portal.people.keeping;

import java.util.List;

/**
 * A member of the region as its admin and finance reviewers see them. {@code otherRegions} says the
 * account also serves elsewhere (a third-party evaluator): its name, roles and password are then kept
 * by the platform, and this region may only take it off its own list.
 */
public record PersonView(
        String id,
        String username,
        String name,
        String email,
        String phone,
        boolean enabled,
        List<RoleView> roles,
        List<DepartmentRef> departments,
        boolean otherRegions) {

    public record RoleView(String code, String label) {}

    public record DepartmentRef(long id, String code, String name) {}

    public boolean hasRole(String code) {
        return roles.stream().anyMatch(r -> r.code().equals(code));
    }
}

package cn.jixiao.portal.security;

import cn.jixiao.portal.tenancy.Region;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Who is asking, as the token says: the portal's only view of the login. */
public record CurrentUser(
        String username,
        String displayName,
        Set<String> roles,
        List<String> organizations,
        Optional<String> departmentCode,
        Optional<Region> region) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}

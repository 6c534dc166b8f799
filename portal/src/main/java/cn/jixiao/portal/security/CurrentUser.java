package cn.jixiao.portal.security;

import cn.jixiao.portal.tenancy.Region;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who is asking, as the token says: the portal's only view of the login. {@code regions} are all the
 * regions the token's organizations name; {@code region} the one this request works in (the only one,
 * or the one chosen); likewise {@code departmentCodes} and {@code departmentCode}.
 */
public record CurrentUser(
        String username,
        String displayName,
        Set<String> roles,
        List<String> organizations,
        List<Region> regions,
        List<String> departmentCodes,
        Optional<String> departmentCode,
        Optional<Region> region) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Several regions and none chosen yet: the person must pick one before working. */
    public boolean mustChooseRegion() {
        return region.isEmpty() && regions.size() > 1;
    }
}

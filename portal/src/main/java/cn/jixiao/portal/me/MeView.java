package cn.jixiao.portal.me;

import java.util.List;

/** GET /api/me: who the portal thinks you are. Flat tenant fields are kept for scripts. */
public record MeView(
        String username,
        String displayName,
        List<String> roles,
        TenantView tenant,
        String tenantCode,
        String tenantName,
        String tenantSlug,
        DepartmentRef department,
        List<TenantView> regions,
        List<DepartmentRef> departments,
        boolean mustChooseRegion) {

    public record TenantView(
            String code, String name, String slug, String level, String parentCode, String parentName) {}

    public record DepartmentRef(long id, String code, String name) {}

    /** The answer of the region switcher: where the next requests work. */
    public record Choice(String region, String regionName, String department) {
        static Choice of(cn.jixiao.portal.tenancy.Region region, String department) {
            return new Choice(region.code(), region.name(), department);
        }
    }
}

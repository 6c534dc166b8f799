package cn.jixiao.portal.me;

import cn.jixiao.portal.department.DepartmentDirectory;
import cn.jixiao.portal.security.CurrentUser;
import cn.jixiao.portal.tenancy.Region;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

@ApplicationScoped
public class MeService {
    @Inject
    DepartmentDirectory departments;

    public MeView describe(CurrentUser user) {
        var tenant = user.region().map(MeService::tenantView).orElse(null);
        // the department code in the token is only meaningful inside the user's own region
        var department = tenant == null
                ? null
                : user.departmentCode()
                        .flatMap(departments::byCode)
                        .map(d -> new MeView.DepartmentRef(d.id(), d.code(), d.name()))
                        .orElse(null);
        return new MeView(
                user.username(),
                user.displayName(),
                List.copyOf(user.roles()),
                tenant,
                tenant == null ? null : tenant.code(),
                tenant == null ? null : tenant.name(),
                tenant == null ? null : tenant.slug(),
                department,
                user.regions().stream().map(MeService::tenantView).toList(),
                tenant == null
                        ? List.of()
                        : user.departmentCodes().stream()
                                .map(departments::byCode)
                                .flatMap(java.util.Optional::stream)
                                .map(d -> new MeView.DepartmentRef(d.id(), d.code(), d.name()))
                                .toList(),
                user.mustChooseRegion());
    }

    private static MeView.TenantView tenantView(Region r) {
        return new MeView.TenantView(r.code(), r.name(), r.slug(), r.level(), r.parentCode(), r.parentName());
    }
}

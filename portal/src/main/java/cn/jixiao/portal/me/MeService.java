package cn.jixiao.portal.me;

import cn.jixiao.portal.department.DepartmentDirectory;
import cn.jixiao.portal.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

@ApplicationScoped
public class MeService {
    @Inject
    DepartmentDirectory departments;

    public MeView describe(CurrentUser user) {
        var tenant = user.region()
                .map(r ->
                        new MeView.TenantView(r.code(), r.name(), r.slug(), r.level(), r.parentCode(), r.parentName()))
                .orElse(null);
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
                department);
    }
}

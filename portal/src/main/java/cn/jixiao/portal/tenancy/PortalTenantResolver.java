package cn.jixiao.portal.tenancy;

import cn.jixiao.platform.tenancy.Tenancy;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import jakarta.enterprise.context.RequestScoped;

/** The first tenancy lock: Hibernate adds the current tenant to every query and insert. */
@PersistenceUnitExtension
@RequestScoped
public class PortalTenantResolver implements TenantResolver {

    @Override
    public String getDefaultTenantId() {
        return Tenancy.NO_TENANT;
    }

    @Override
    public String resolveTenantId() {
        return Tenancy.current().orElse(Tenancy.NO_TENANT);
    }
}

package cn.jixiao.platform.tenancy;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The tenant (region division code) the current request runs in. Set once per request after
 * authentication; both tenancy locks (Hibernate's discriminator and PostgreSQL's row-level
 * security) read it.
 */
@Unremovable // looked up programmatically by Tenancy, so no injection point keeps it alive
@RequestScoped
public class CurrentTenant {
    private String code;

    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    public void set(String tenantCode) {
        if (code != null && !code.equals(tenantCode)) {
            throw new IllegalStateException("the tenant of a request cannot change");
        }
        this.code = tenantCode;
    }
}

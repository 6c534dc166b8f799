package cn.jixiao.tenantadmin.keycloak;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "jixiao.keycloak")
public interface KeycloakAdminConfig {
    /** The realm whose organizations are the tenants. */
    @WithDefault("jixiao")
    String realm();

    /** Each organization gets the domain {@code <slug>.<suffix>}. */
    @WithDefault("jixiao.local")
    String organizationDomainSuffix();

    /** The realm role a region's first administrator receives. */
    @WithDefault("tenant-admin")
    String tenantAdminRole();

    /** User attribute naming the region an onboarding created the user for. */
    @WithDefault("onboardedFor")
    String onboardedForAttribute();
}

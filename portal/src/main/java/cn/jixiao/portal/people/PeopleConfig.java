package cn.jixiao.portal.people;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the portal reads who is who. The connection itself (Keycloak's URL, the portal client's id and
 * secret, client credentials) is {@code quarkus.keycloak.admin-client.*}.
 */
@ConfigMapping(prefix = "jixiao.people")
public interface PeopleConfig {
    /** The realm whose organizations are the regions and whose realm roles are the portal's roles. */
    @WithDefault("jixiao")
    String realm();

    /** How many users one admin API request asks for while listing a region's members or a role's users. */
    @WithDefault("100")
    int pageSize();
}

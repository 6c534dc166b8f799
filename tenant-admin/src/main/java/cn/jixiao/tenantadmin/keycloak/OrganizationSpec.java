package cn.jixiao.tenantadmin.keycloak;

/** The Keycloak organization a tenant needs: alias = tenant slug, its name and division code. */
public record OrganizationSpec(String alias, String name, String divisionCode) {}

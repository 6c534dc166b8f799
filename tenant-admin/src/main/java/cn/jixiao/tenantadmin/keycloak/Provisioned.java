package cn.jixiao.tenantadmin.keycloak;

/** Something found or made in Keycloak: its id, and whether this call made it. */
public record Provisioned(String id, boolean created) {}

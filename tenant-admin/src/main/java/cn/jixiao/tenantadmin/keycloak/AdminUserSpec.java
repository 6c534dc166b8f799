package cn.jixiao.tenantadmin.keycloak;

/**
 * A region's first administrator. First and last name are set because the realm's user profile
 * asks for them; without them Keycloak would stop the user at the first login.
 */
public record AdminUserSpec(String username, String email, String firstName, String lastName, String tenantSlug) {}

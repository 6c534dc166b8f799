package cn.jixiao.localstack;

/**
 * The local stack's own accounts. They exist only on a developer's or CI's machine; production
 * takes every secret from the environment (see infrastructure/deploy).
 */
public final class Credentials {
    public static final String DB_NAME = "jixiao";
    public static final String DB_OWNER = "jixiao";
    public static final String DB_OWNER_PASSWORD = "jixiao-owner";
    /** Portal: subject to row-level security. */
    public static final String DB_APP = "jixiao_app";

    public static final String DB_APP_PASSWORD = "jixiao-app";
    /** tenant-admin: platform-wide work, allowed across tenants on purpose. */
    public static final String DB_PLATFORM = "jixiao_platform";

    public static final String DB_PLATFORM_PASSWORD = "jixiao-platform";
    /** public-site: reads published reports only. */
    public static final String DB_PUBLIC = "jixiao_public";

    public static final String DB_PUBLIC_PASSWORD = "jixiao-public";

    public static final String KEYCLOAK_DB = "keycloak";
    public static final String KEYCLOAK_DB_PASSWORD = "keycloak";
    public static final String KEYCLOAK_ADMIN = "admin";
    public static final String KEYCLOAK_ADMIN_PASSWORD = "admin";

    public static final String S3_ACCESS_KEY = "jixiao";
    public static final String S3_SECRET_KEY = "jixiao-secret";
    public static final String S3_BUCKET = "jixiao-evidence";

    public static final String PORTAL_CLIENT_SECRET = "portal-secret-of-the-local-stack-only";
    public static final String TENANT_ADMIN_CLIENT_SECRET = "tenant-admin-secret-of-the-local-stack-only";
    /** Key of the portal's and tenant-admin's CSRF tokens (jixiao.signin.csrf-secret, at least 32 characters). */
    public static final String CSRF_SECRET = "csrf-secret-of-the-local-stack-only-0123456789";

    private Credentials() {}
}

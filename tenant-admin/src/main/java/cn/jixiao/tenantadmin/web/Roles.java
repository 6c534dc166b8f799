package cn.jixiao.tenantadmin.web;

/** The realm roles tenant-admin knows about. */
public final class Roles {
    /** Platform operators: the only users of this app. */
    public static final String PLATFORM_ADMIN = "platform-admin";

    private Roles() {}
}

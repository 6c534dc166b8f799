package cn.jixiao.portal.web;

/**
 * Optimistic locking as every editable record uses it: the client sends the version it read, and a
 * save is refused when someone saved in between (Hibernate's own check covers concurrent commits).
 */
public final class Versions {
    public static final String REQUIRED = "请提供读取时的版本号 (version is required)";

    private Versions() {}

    /** 400 when the client sent no version, 409 when it read an older one than {@code stored}. */
    public static void require(Integer given, int stored) {
        if (given == null) {
            throw Refusals.invalid("version", REQUIRED);
        }
        if (given != stored) {
            throw Refusals.staleVersion();
        }
    }
}

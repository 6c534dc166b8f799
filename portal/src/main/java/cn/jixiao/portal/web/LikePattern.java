package cn.jixiao.portal.web;

/** A search word as a LIKE pattern: its own %, _ and \ match themselves (use with {@code escape '\'}). */
public final class LikePattern {
    private LikePattern() {}

    public static String containing(String word) {
        return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}

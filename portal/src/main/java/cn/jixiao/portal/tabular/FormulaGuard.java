package cn.jixiao.portal.tabular;

/**
 * Text that Excel would take for a formula (= + - @ first) is written with an apostrophe before it,
 * so opening an export never runs anything; the readers take the apostrophe off again.
 */
public final class FormulaGuard {
    private FormulaGuard() {}

    public static String guard(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    public static String unguard(String text) {
        if (text.length() >= 2 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0) {
            return text.substring(1);
        }
        return text;
    }
}

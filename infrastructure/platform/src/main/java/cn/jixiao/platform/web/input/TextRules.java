package cn.jixiao.platform.web.input;

import java.util.OptionalInt;

/**
 * Which text the apps take. PostgreSQL cannot store the NUL character, and the other C0 control
 * characters have no place in a name, a note or a search; tab, CR and LF do.
 */
public final class TextRules {
    private TextRules() {}

    /** The first control character that is not allowed, if any. */
    public static OptionalInt forbiddenControl(CharSequence text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return OptionalInt.of(c);
            }
        }
        return OptionalInt.empty();
    }

    public static boolean allowed(CharSequence text) {
        return forbiddenControl(text).isEmpty();
    }

    /** The message for a field that holds a forbidden control character. */
    public static String controlMessage(String field, int character) {
        return "「" + field + "」含有不允许的控制字符 U+" + String.format("%04X", character) + " (" + field
                + " contains a control character that is not allowed)";
    }
}

package cn.jixiao.portal.tabular;

import java.text.Normalizer;
import java.util.Locale;

/** How header and label cells are compared: width-folded, without spaces or required-markers, case-blind. */
public final class Headers {
    private Headers() {}

    /** "金额(万元) *", "金额（万元）" and " 金额（万元）" are the same header. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        var out = new StringBuilder(folded.length());
        folded.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && cp != '*' && cp != '\uFEFF')
                .forEach(out::appendCodePoint);
        return out.toString().toLowerCase(Locale.ROOT);
    }
}

package cn.jixiao.portal.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds and resolves the {名称} placeholders of a narrative. */
public final class Placeholders {
    /** A brace pair around up to 20 characters without braces or line breaks. */
    static final Pattern TOKEN = Pattern.compile("\\{([^{}\\n]{1,20})}");

    private Placeholders() {}

    /** The names written in braces that are not placeholders, in order of appearance. */
    public static List<String> unknown(String narrative) {
        Set<String> unknown = new LinkedHashSet<>();
        if (narrative != null) {
            Matcher m = TOKEN.matcher(narrative);
            while (m.find()) {
                if (Placeholder.byLabel(m.group(1).strip()).isEmpty()) {
                    unknown.add(m.group(1));
                }
            }
        }
        return new ArrayList<>(unknown);
    }

    /** The narrative with each placeholder replaced by its value; unknown ones must be refused before. */
    public static String resolve(String narrative, ReportFigures figures) {
        if (narrative == null) {
            return "";
        }
        Matcher m = TOKEN.matcher(narrative);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = Placeholder.byLabel(m.group(1).strip())
                    .map(p -> p.valueIn(figures))
                    .orElse(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}

package cn.jixiao.portal.finding;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one check found about one thing inside the subject: which thing ({@code subjectKey}, e.g.
 * "indicator:123" or "contract:7"; "" for the whole evaluation), the message naming the figure and the
 * record it disagrees with, and those figures as evidence.
 */
public record FindingDraft(String subjectKey, String message, Map<String, Object> evidence) {
    public FindingDraft {
        subjectKey = subjectKey == null ? "" : subjectKey;
        evidence = evidence == null ? Map.of() : evidence;
    }

    /** Evidence from alternating keys and values; null values are left out. */
    public static Map<String, Object> evidence(Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return map;
    }
}

package cn.jixiao.portal.copies;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that belongs to another body: a narrative that speaks as another department of the region, as a
 * body of another region, or calls itself what another kind of body calls itself ("我院" in a bureau's
 * report). Each rule looks for a name or word in the place where a report describes ITSELF, because
 * naming others is normal: the finance bureau that reviews, the big-data centre that signs off the
 * network, the city and province above. A false flag costs a department a blocking finding to explain,
 * so the rules are narrow on purpose.
 */
public final class ForeignBodyText {
    /** What a report says about its own body right after the body's name (an optional year between). */
    static final String SELF_TERMS = "部门整体支出|整体支出|部门预算|部门决算|绩效自评|自评报告|内设|主要职能|职能职责|机构设置|核定编制|编制数|实有人数|在职人员|本级";

    private static final Pattern SELF_CONTEXT = Pattern.compile("^(?:[0-9０-９]{4}年度?|本年度|年度)?(?:" + SELF_TERMS + ")");

    /** A body of another region: its name, then a few characters ending in what a body is called. */
    private static final Pattern BODY_AFTER_REGION = Pattern.compile("^[\\p{IsHan}]{0,10}?(?:局|中心|委员会|办公室|人民政府|政府)");

    /** How a body refers to itself, and the endings of the names of the bodies that may say it. */
    record SelfWord(String word, List<String> endings, String notAfter, String notBefore) {}

    static final List<SelfWord> SELF_WORDS = List.of(
            new SelfWord("我局", List.of("局"), "自", "面势部限"),
            new SelfWord("本局", List.of("局"), null, "面势部限"),
            new SelfWord("我中心", List.of("中心"), "自", ""),
            new SelfWord("本中心", List.of("中心"), null, ""),
            new SelfWord("我院", List.of("院"), "自", "落子"),
            new SelfWord("本院", List.of("院"), null, "落子"),
            new SelfWord("我校", List.of("校", "学"), "自", "对验准正"),
            new SelfWord("本校", List.of("校", "学"), null, "对验准正"),
            new SelfWord("我镇", List.of("镇"), "自", "静定"),
            new SelfWord("本镇", List.of("镇"), null, "静定"),
            new SelfWord("我委", List.of("委", "委员会"), "自", "托婉屈身"));

    /** Characters that may stand before "本…" when it means "this body" (not 基本, 成本, 样本…). */
    private static final String BEFORE_BEN = "由经在对为是与和及向据按了将把被从以于即并且但而则";

    /** One mention of another body, with the sentence it stands in. */
    public record Mention(String section, Kind kind, String term, String sentence) {}

    public enum Kind {
        OTHER_DEPARTMENT("本地区另一部门"),
        OTHER_REGION("另一地区"),
        SELF_REFERENCE("另一类机构的自称");

        public final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /**
     * Who the report is by and whom it may name: its own department's names, the names of its region
     * and the regions above and below it (never flagged), the region's other departments (each with
     * its names) and the platform's other regions.
     */
    public record Bodies(
            Set<String> ownNames,
            String ownFullName,
            Set<String> lineageRegions,
            List<Set<String>> otherDepartments,
            Set<String> otherRegions) {}

    private ForeignBodyText() {}

    public static List<Mention> find(Map<String, String> narratives, Bodies bodies) {
        var out = new ArrayList<Mention>();
        if (narratives == null) {
            return out;
        }
        narratives.forEach((section, text) -> {
            if (text != null && !text.isBlank()) {
                out.addAll(find(section, text, bodies));
            }
        });
        return out;
    }

    static List<Mention> find(String section, String raw, Bodies bodies) {
        var seen = new LinkedHashSet<String>();
        var out = new ArrayList<Mention>();
        // own names are covered first; the region's own name only for the region rule, since the
        // region's other departments carry it in their names
        String text = mask(raw, bodies.ownNames());
        String regionText = mask(text, bodies.lineageRegions());
        for (Set<String> names : bodies.otherDepartments()) {
            department:
            for (String name : longestFirst(names)) {
                if (name.contains("财政")) {
                    continue; // the finance bureau reviews every report
                }
                for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                    if (SELF_CONTEXT.matcher(text.substring(at + name.length())).lookingAt()) {
                        if (seen.add(name)) {
                            out.add(new Mention(section, Kind.OTHER_DEPARTMENT, name, sentence(raw, at)));
                        }
                        break department; // one mention per department (its full name, not also its core)
                    }
                }
            }
        }
        for (String region : longestFirst(bodies.otherRegions())) {
            for (int at = regionText.indexOf(region); at >= 0; at = regionText.indexOf(region, at + 1)) {
                String rest = regionText.substring(at + region.length());
                Matcher body = BODY_AFTER_REGION.matcher(rest);
                if ((body.lookingAt() || SELF_CONTEXT.matcher(rest).lookingAt()) && seen.add(region)) {
                    String term = region + (body.lookingAt() ? rest.substring(0, body.end()) : "");
                    if (!term.contains("财政")) {
                        out.add(new Mention(section, Kind.OTHER_REGION, term, sentence(raw, at)));
                    }
                }
            }
        }
        String own = bodies.ownFullName();
        if (own != null && !own.isBlank()) {
            for (SelfWord w : SELF_WORDS) {
                if (w.endings().stream().anyMatch(own::endsWith)) {
                    continue;
                }
                for (int at = raw.indexOf(w.word()); at >= 0; at = raw.indexOf(w.word(), at + 1)) {
                    if (selfReference(raw, at, w) && seen.add(w.word())) {
                        out.add(new Mention(section, Kind.SELF_REFERENCE, w.word(), sentence(raw, at)));
                    }
                }
            }
        }
        return out;
    }

    /** Whether the word at {@code at} is a body speaking of itself, not part of another word. */
    static boolean selfReference(String text, int at, SelfWord w) {
        char before = at > 0 ? text.charAt(at - 1) : '。';
        int end = at + w.word().length();
        char after = end < text.length() ? text.charAt(end) : '。';
        if (w.notBefore().indexOf(after) >= 0) {
            return false;
        }
        if (w.word().startsWith("本")) {
            return !isHan(before) || BEFORE_BEN.indexOf(before) >= 0;
        }
        return w.notAfter() == null || w.notAfter().indexOf(before) < 0;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Own names are covered over first, so a shorter other name inside them does not match. */
    private static String mask(String text, Collection<String> names) {
        String out = text;
        for (String name : longestFirst(names)) {
            if (name != null && !name.isBlank()) {
                out = out.replace(name, "□".repeat(name.length()));
            }
        }
        return out;
    }

    private static List<String> longestFirst(Collection<String> names) {
        return names.stream()
                .filter(n -> n != null && !n.isBlank())
                .sorted((a, b) -> b.length() - a.length())
                .toList();
    }

    /** The sentence around a position, at most 120 characters. */
    static String sentence(String text, int at) {
        int from = at;
        while (from > 0 && "。！？；\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = at;
        while (to < text.length() && "。！？；\n".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        String s = text.substring(from, Math.min(text.length(), to + 1)).strip();
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}

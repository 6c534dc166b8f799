package cn.jixiao.portal.copies;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A theme the department does not have (issue 12, item 4, {@code FOREIGN_THEME}): a narrative that
 * describes the department's OWN work ("我局完成…", "本单位…", its name as subject, or the sections where a
 * report describes itself: 基本情况, 绩效目标, 指标完成情况) in terms of a policy field that belongs to
 * another kind of body and on which the department has no project: a 政务服务局 stating it built
 * 高标准农田. The themes are data ({@code copies/themes.txt}: theme, its keywords, the kinds of department
 * that own it by a fragment of their names); a department's own projects' names count as themes it has.
 * Naming a theme is not claiming it: cooperation ("配合农业农村局…"), the region's achievements ("全旗完成…"),
 * another body as subject and policy titles in 《》 are left alone.
 */
public final class ForeignTheme {
    /** One theme: its name, the words that mark it, the fragments of the names of the bodies that own it. */
    public record Theme(String name, List<String> keywords, List<String> owners) {}

    /** A sentence claiming a theme the department does not have. */
    public record Mention(String section, String theme, String keyword, String sentence) {}

    /** Sections where a report describes its own body and work. */
    static final Set<String> SELF_SECTIONS = Set.of("basic", "goals", "indicators");

    private static final Pattern SELF_HEADING = Pattern.compile(".*(基本情况|部门概况|绩效目标|指标完成).*");

    /** How a body says "we" (the other kinds' self-words are FOREIGN_BODY_TEXT's). */
    static final List<String> SELF_SUBJECTS =
            List.of("我局", "本局", "我单位", "本单位", "我部门", "本部门", "我中心", "本中心", "我委", "本委", "我办", "本办");

    /** Words that make the sentence about someone else's work or about the region as a whole. */
    private static final Pattern NOT_OWN = Pattern.compile("配合|协助|协同|会同|联合|支持|参与|牵头|移交|转交|转办|推送|对接|共享|"
            + "全县|全旗|全市|全区|全省|全国|我县|我旗|我市|我区|本县|本旗|本市|县委|旗委|市委|县政府|旗政府|市政府|"
            + "区政府|人民政府|各乡镇|各苏木|各部门|相关部门|有关部门|职能部门|行业主管");

    /** A claim of work done or planned, for sentences with no explicit subject in the self sections. */
    private static final Pattern CLAIM = Pattern.compile("完成|建成|实施|开展|推进|落实|新建|改造|发放|投入|惠及|覆盖|组织|举办|计划|目标|实现|达到|提升");

    private static final Pattern CITATION = Pattern.compile("《[^》]{0,80}》");

    private static final List<Theme> THEMES = load();

    private ForeignTheme() {}

    public static List<Theme> themes() {
        return THEMES;
    }

    /**
     * The sentences of the narratives that claim a theme the department does not have.
     *
     * @param ownNames the department's names (full, short, without the region); its kind is read from them
     * @param projectNames the names of the department's projects (and budget lines): themes it has
     */
    public static List<Mention> find(
            Map<String, String> narratives, Collection<String> ownNames, Collection<String> projectNames) {
        var out = new ArrayList<Mention>();
        if (narratives == null || ownNames == null || ownNames.isEmpty()) {
            return out;
        }
        List<Theme> foreign =
                THEMES.stream().filter(t -> !owned(t, ownNames, projectNames)).toList();
        if (foreign.isEmpty()) {
            return out;
        }
        var seen = new LinkedHashSet<String>();
        narratives.forEach((section, text) -> {
            if (text == null || text.isBlank()) {
                return;
            }
            boolean selfSection = SELF_SECTIONS.contains(section)
                    || SELF_HEADING.matcher(section).matches();
            for (String sentence : sentences(text)) {
                String plain = CITATION.matcher(sentence).replaceAll("");
                for (Theme t : foreign) {
                    String keyword = t.keywords().stream()
                            .filter(plain::contains)
                            .findFirst()
                            .orElse(null);
                    if (keyword == null || seen.contains(section + "|" + t.name())) {
                        continue;
                    }
                    if (claims(plain, section, selfSection, t, ownNames) && seen.add(section + "|" + t.name())) {
                        out.add(new Mention(section, t.name(), keyword, clip(sentence)));
                    }
                }
            }
        });
        return out;
    }

    /** Whether the department has the theme: its kind owns it, or one of its projects is about it. */
    static boolean owned(Theme t, Collection<String> ownNames, Collection<String> projectNames) {
        for (String name : ownNames) {
            if (name != null && t.owners().stream().anyMatch(name::contains)) {
                return true;
            }
        }
        if (projectNames != null) {
            for (String p : projectNames) {
                if (p == null) {
                    continue;
                }
                if (p.contains(t.name())
                        || t.keywords().stream().anyMatch(p::contains)
                        || t.keywords().stream().anyMatch(k -> k.length() >= 4 && p.contains(k.substring(0, 4)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the sentence tells the department's own work in the theme, not another's or the region's. */
    static boolean claims(String sentence, String section, boolean selfSection, Theme t, Collection<String> ownNames) {
        if (NOT_OWN.matcher(sentence).find()) {
            return false;
        }
        if (t.owners().stream().anyMatch(o -> ownerNamed(sentence, o))) {
            return false; // the owner is named as a body: its work, told as its
        }
        boolean subject = SELF_SUBJECTS.stream().anyMatch(sentence::contains)
                || ownNames.stream().anyMatch(n -> n != null && !n.isBlank() && sentence.contains(n));
        if (subject) {
            return true;
        }
        return selfSection && CLAIM.matcher(sentence).find() && !otherBodyAsSubject(sentence);
    }

    private static final String BODY_ENDINGS = "局委部中心站所办院馆会";

    /** Whether the owner's name fragment stands in the sentence as a body ("农业农村局", not "义务教育"). */
    static boolean ownerNamed(String sentence, String owner) {
        for (int at = sentence.indexOf(owner); at >= 0; at = sentence.indexOf(owner, at + 1)) {
            int end = at + owner.length();
            String rest = sentence.substring(end, Math.min(sentence.length(), end + 6));
            for (int i = 0; i < rest.length(); i++) {
                if (BODY_ENDINGS.indexOf(rest.charAt(i)) >= 0) {
                    return true;
                }
                if (!Character.isLetter(rest.charAt(i))) {
                    break;
                }
            }
        }
        return false;
    }

    /** A sentence about another body ("XX局完成…", "XX中心…") is not the department's own claim. */
    private static final Pattern OTHER_BODY = Pattern.compile("[\\p{IsHan}]{2,}(?:局|委员会|中心|办公室|公司|学校|医院|卫生院|站|所)");

    private static boolean otherBodyAsSubject(String sentence) {
        return OTHER_BODY.matcher(sentence).find();
    }

    static List<String> sentences(String text) {
        var out = new ArrayList<String>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if ("。！？；\n".indexOf(text.charAt(i)) >= 0) {
                add(out, text.substring(from, i + 1));
                from = i + 1;
            }
        }
        add(out, text.substring(from));
        return out;
    }

    private static void add(List<String> out, String s) {
        String t = s.strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }

    private static String clip(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }

    static List<Theme> load() {
        try (InputStream in = ForeignTheme.class.getResourceAsStream("/copies/themes.txt")) {
            if (in == null) {
                throw new IllegalStateException("copies/themes.txt missing");
            }
            var themes = new ArrayList<Theme>();
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] parts = l.split("\\|");
                if (parts.length != 3) {
                    throw new IllegalStateException("copies/themes.txt: bad line " + l);
                }
                themes.add(new Theme(parts[0].strip(), split(parts[1]), split(parts[2])));
            }
            return List.copyOf(themes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> split(String s) {
        return java.util.Arrays.stream(s.split("、"))
                .map(String::strip)
                .filter(x -> !x.isEmpty())
                .toList();
    }
}

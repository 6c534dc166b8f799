package cn.jixiao.portal.copies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.portal.finding.FindingDraft;
import cn.jixiao.testing.reports.SyntheticReports;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The clean proof of the two rules on a report's own words: 1,200 generated reports of one region (the
 * publication benchmark's generator: its departments, projects, templated sections and figures) give no
 * COPIED_PARAGRAPH and no FOREIGN_BODY_TEXT finding, checked as the portal checks them (each report's
 * paragraphs against the region's others by band, then {@link CopyFinder}; {@link ForeignBodyText} against
 * the region's other departments and the other regions). The first 200 of them with a paragraph of one report
 * copied into another, and another department's self-description pasted into a third, gives exactly those.
 */
class CleanReportTextTest {
    static final int REPORTS = 1_200;
    /** The plants need not be hidden among all 1,200: that set's being clean is the other test's proof. */
    static final int PLANTED_AMONG = 200;

    static final String REGION = "伊金霍洛旗";
    static final Set<String> LINEAGE = Set.of("伊金霍洛旗", "鄂尔多斯市", "内蒙古自治区");
    static final String UNIQUE =
            "伊金霍洛旗政务自助便民服务点建成后，恩可社区居民在家门口即可办理社保卡激活、营业执照打印和身份证拍照申请，" + "服务点日均办件量由试运行初期的12件增加到年末的41件，高峰时段排队等候时间明显缩短。";

    record Loaded(int id, String publisher, String department, Map<String, String> narratives) {}

    static List<Loaded> reports(int count) {
        var generator = new SyntheticReports(12);
        var out = new ArrayList<Loaded>();
        for (int n = 0; out.size() < count; n++) {
            SyntheticReports.Report r = generator.report(n);
            if (r.region().name().equals(REGION)) {
                out.add(new Loaded(out.size(), r.publisher(), r.project().department(), sections(r.body())));
            }
        }
        return out;
    }

    /** The body's sections; tables and captions are the composer's, not the department's words. */
    static Map<String, String> sections(String body) {
        var out = new LinkedHashMap<String, String>();
        String heading = null;
        var text = new StringBuilder();
        for (String line : (body + "\n## end").split("\n")) {
            if (line.startsWith("## ")) {
                if (heading != null) {
                    out.put(heading, text.toString().strip());
                }
                heading = line.substring(3).strip();
                text.setLength(0);
            } else if (!line.startsWith("|") && !line.startsWith("表：")) {
                text.append(line).append('\n');
            }
        }
        return out;
    }

    static int copies(List<Loaded> reports) {
        var own = new ArrayList<List<Paragraph>>();
        var bands = new ArrayList<List<long[]>>();
        var index = new BandIndex();
        var all = new ArrayList<StoredParagraph>();
        for (Loaded r : reports) {
            List<Paragraph> ps = Paragraphs.of(r.narratives(), Paragraphs.MIN_CHARS);
            List<long[]> bs =
                    ps.stream().map(p -> MinHash.bandsOf(p.shingles())).toList();
            own.add(ps);
            bands.add(bs);
            for (int i = 0; i < ps.size(); i++) {
                index.add(all.size(), bs.get(i));
                all.add(new StoredParagraph(
                        r.id(),
                        "150627",
                        REGION,
                        ps.get(i).section(),
                        ps.get(i).position(),
                        bs.get(i),
                        ps.get(i).text(),
                        "PUBLISHED",
                        "报告" + r.id(),
                        r.publisher(),
                        "索引号" + r.id()));
            }
        }
        index.build();
        int found = 0;
        for (Loaded r : reports) {
            var candidates = new BitSet();
            bands.get(r.id()).forEach(b -> candidates.or(index.candidates(b)));
            var stored = new ArrayList<StoredParagraph>();
            for (int c = candidates.nextSetBit(0); c >= 0; c = candidates.nextSetBit(c + 1)) {
                if (all.get(c).reportId() != r.id()) {
                    stored.add(all.get(c));
                }
            }
            List<FindingDraft> drafts =
                    CopyFinder.find(r.id(), own.get(r.id()), bands.get(r.id()), stored, 0.5, 5, Function.identity());
            found += drafts.size();
        }
        return found;
    }

    static int foreign(List<Loaded> reports) {
        var departments = new LinkedHashSet<String>();
        SyntheticReports.PROJECTS.forEach(p -> departments.add(p.department()));
        var regions = new LinkedHashSet<String>();
        SyntheticReports.REGIONS.forEach(g -> regions.add(g.name()));
        SyntheticReports.PARENTS.forEach(g -> regions.add(g.name()));
        regions.removeAll(LINEAGE);
        int found = 0;
        for (Loaded r : reports) {
            var others = new ArrayList<Set<String>>();
            for (String d : departments) {
                if (!d.equals(r.department())) {
                    others.add(DepartmentNames.of(REGION + d, null, REGION));
                }
            }
            found += ForeignBodyText.find(
                            r.narratives(),
                            new ForeignBodyText.Bodies(
                                    DepartmentNames.of(r.publisher(), null, REGION),
                                    r.publisher(),
                                    LINEAGE,
                                    others,
                                    regions))
                    .size();
        }
        return found;
    }

    /** FOREIGN_THEME as the portal runs it: the department's names and its projects' names. */
    static int themes(List<Loaded> reports) {
        int found = 0;
        for (Loaded r : reports) {
            var names = new ArrayList<>(DepartmentNames.of(r.publisher(), null, REGION));
            names.add(r.publisher());
            List<String> projects = SyntheticReports.PROJECTS.stream()
                    .filter(p -> p.department().equals(r.department()))
                    .map(SyntheticReports.Project::name)
                    .toList();
            found += ForeignTheme.find(r.narratives(), names, projects).size();
        }
        return found;
    }

    @Test
    void twelveHundredCleanReportsGiveNoCopyAndNoForeignTextFinding() {
        List<Loaded> clean = reports(REPORTS);
        assertEquals(0, copies(clean));
        assertEquals(0, foreign(clean));
        assertEquals(0, themes(clean));
    }

    @Test
    void aThemeTheDepartmentDoesNotHaveIsFoundOnce() {
        List<Loaded> planted = reports(PLANTED_AMONG);
        Loaded bureau = planted.stream()
                .filter(r -> r.department().equals("政务服务局"))
                .findFirst()
                .orElseThrow();
        Loaded farms = planted.stream()
                .filter(r -> r.department().equals("农业农村局"))
                .findFirst()
                .orElseThrow();
        String claim = "本年度我局完成高标准农田建设2.3万亩，新建机井46眼。";
        bureau.narratives().merge(bureau.narratives().keySet().iterator().next(), claim, (a, b) -> a + "\n" + b);
        farms.narratives().merge(farms.narratives().keySet().iterator().next(), claim, (a, b) -> a + "\n" + b);
        assertEquals(1, themes(planted)); // the bureau's claim, not the farm bureau's own work
    }

    @Test
    void thePlantedCopyAndThePastedSelfDescriptionAreFound() {
        List<Loaded> planted = reports(PLANTED_AMONG);
        planted.get(10).narratives().put("其他", UNIQUE);
        planted.get(20).narratives().put("其他", UNIQUE.replace("41件", "38件").replace("恩可社区", "新北社区"));
        Loaded third = planted.get(30);
        String other = third.department().equals("教育局") ? "民政局" : "教育局";
        third.narratives().put("其他", REGION + other + "主要职能是统筹全旗相关工作，内设办公室等4个股室。");
        assertEquals(2, copies(planted)); // the copy and its source, each naming the other
        assertEquals(1, foreign(planted));
    }
}

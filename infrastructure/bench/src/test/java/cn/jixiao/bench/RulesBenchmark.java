package cn.jixiao.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.portal.copies.BandIndex;
import cn.jixiao.portal.copies.CopyFinder;
import cn.jixiao.portal.copies.DepartmentNames;
import cn.jixiao.portal.copies.ForeignBodyText;
import cn.jixiao.portal.copies.MinHash;
import cn.jixiao.portal.copies.Paragraph;
import cn.jixiao.portal.copies.Paragraphs;
import cn.jixiao.portal.copies.StoredParagraph;
import cn.jixiao.portal.finding.FindingDraft;
import cn.jixiao.portal.finding.narrative.Lexicon;
import cn.jixiao.portal.finding.narrative.NarrativeFacts;
import cn.jixiao.portal.finding.narrative.NarrativeInput;
import cn.jixiao.portal.finding.narrative.NarrativeRules;
import cn.jixiao.testing.reports.SyntheticReports;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's rules benchmark: every rule on a report's own text over one region of {@code bench.reports}
 * (1,000) generated reports ({@link SyntheticReports}, the publication benchmark's generator, all of
 * 伊金霍洛旗), in this JVM with the portal's own classes, no stack:
 *
 * <ul>
 *   <li>the narrative rules ({@link NarrativeRules}: figure extraction, then the four rules against the facts
 *       of the report's own records: its budget, spending, execution rate, score and grade);
 *   <li>the copy rules: COPIED_PARAGRAPH ({@link Paragraphs}, {@link MinHash} bands, a {@link BandIndex} over
 *       the region's paragraphs standing in for {@code paragraph_signature}, then {@link CopyFinder} as the
 *       portal runs it on each report) and FOREIGN_BODY_TEXT ({@link ForeignBodyText}, the region's other
 *       departments and the other regions as the bodies).
 * </ul>
 *
 * The evaluation checks need an evaluation's records (entities, the database): CheckBenchmark times them
 * through the portal. The baseline, in the same run, is loading the reports' texts (generating them and
 * splitting the body into section narratives). Each step runs {@code bench.rounds} times; the median is
 * reported, with ratios to the baseline's median, the findings on the clean reports (expected 0) and, so
 * the zero is not one of rules that cannot fire, the findings on a planted copy of the set (every tenth
 * report's execution rate changed, every tenth with a paragraph copied from another report).
 *
 * <pre>./run mvn -pl infrastructure/bench -am verify -Dbench.skip=false -Dtest=RulesBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dbench.reports=1000 [-Dbench.rounds=5]</pre>
 *
 * <p>{@code -Dbench.reports=1000} is needed: the module's pom passes SearchBenchmark's 100,000 otherwise.
 */
class RulesBenchmark {
    static final int REPORTS = Integer.getInteger("bench.reports", 1_000);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    static final String REGION = "伊金霍洛旗";
    static final Set<String> LINEAGE = Set.of("伊金霍洛旗", "鄂尔多斯市", "内蒙古自治区");
    static final double THRESHOLD = 0.5;
    static final int COMMON_WORDING = 5;
    static final int MIN_CHARS = Paragraphs.MIN_CHARS;

    /** One report as the rules read it: its section narratives (tables left out: the composer makes them). */
    record Loaded(int id, String publisher, String department, Map<String, String> narratives, NarrativeFacts facts) {}

    /** The first {@code count} generated reports of the region, read into narratives and facts. */
    static List<Loaded> load(int count, boolean planted) {
        var generator = new SyntheticReports(12);
        var out = new ArrayList<Loaded>(count);
        for (int n = 0; out.size() < count; n++) {
            SyntheticReports.Report r = generator.report(n);
            if (!r.region().name().equals(REGION)) {
                continue;
            }
            int id = out.size();
            Map<String, String> narratives = sections(r.body());
            if (planted && id % 10 == 3) {
                // a rate the records contradict: the stated execution rate 5 points off
                String basic = narratives.get("一、项目概况");
                String stated = "预算执行率" + r.summary().replaceAll(".*预算执行率([0-9.]+)%.*", "$1") + "%";
                String wrong = "预算执行率"
                        + new BigDecimal(stated.substring(5, stated.length() - 1))
                                .subtract(BigDecimal.valueOf(5))
                                .toPlainString()
                        + "%";
                narratives.put("一、项目概况", basic.replace(stated, wrong));
            }
            if (planted && id % 10 == 7) {
                // a paragraph copied from another report (its own paragraph is unique to it), edited
                narratives.put("八、其他", CopyBenchmark.edited(unique(id - 4), id));
            }
            if (planted && id % 10 == 3) {
                narratives.put("八、其他", unique(id));
            }
            out.add(new Loaded(id, r.publisher(), r.project().department(), narratives, facts(r)));
        }
        return out;
    }

    /** A paragraph of the report's own (the copy benchmark's generator), its figures left out. */
    static String unique(int id) {
        return CopyBenchmark.paragraph(id, 0).replaceAll("[0-9]+(万元|%)", "");
    }

    /** The body's sections, tables and captions left out (in a real report they are generated). */
    static Map<String, String> sections(String body) {
        var out = new LinkedHashMap<String, String>();
        String heading = "";
        var text = new StringBuilder();
        for (String line : body.split("\n")) {
            if (line.startsWith("## ")) {
                if (!heading.isEmpty()) {
                    out.put(heading, text.toString().strip());
                }
                heading = line.substring(3).strip();
                text.setLength(0);
            } else if (!line.startsWith("|") && !line.startsWith("表：")) {
                text.append(line).append('\n');
            }
        }
        if (!heading.isEmpty()) {
            out.put(heading, text.toString().strip());
        }
        return out;
    }

    /** What the report's records say: the figures its generator derived the text from. */
    static NarrativeFacts facts(SyntheticReports.Report r) {
        BigDecimal budget = money(r.summary(), "项目预算");
        BigDecimal spent = money(r.summary(), "实际支出");
        BigDecimal rate = new BigDecimal(r.summary().replaceAll(".*预算执行率([0-9.]+)%.*", "$1"));
        String grade = switch (r.grade()) {
            case "EXCELLENT" -> "优";
            case "GOOD" -> "良";
            case "FAIR" -> "中";
            default -> "差";
        };
        return new NarrativeFacts.Builder()
                .rate(Lexicon.EXECUTION_RATE, "预算执行率", rate, "自评表")
                .amount(Lexicon.INITIAL_BUDGET, "年初预算数", budget, "自评表")
                .amount(Lexicon.BUDGET, "全年预算数", budget, "自评表")
                .amount(Lexicon.SPENT, "全年执行数", spent, "自评表")
                .score(Lexicon.TOTAL_SCORE, "总分", r.score(), "评价总分")
                .grade(grade, "评价等级")
                .definition(new NarrativeFacts.RateDefinition(
                        Lexicon.EXECUTION_RATE, "预算执行率", rate, "全年执行数 ÷ 全年预算数", List.of(), false))
                .build();
    }

    static BigDecimal money(String summary, String label) {
        return new BigDecimal(summary.replaceAll(".*" + label + "([0-9.]+)万元.*", "$1"));
    }

    static Map<String, String> titles(Loaded r) {
        var titles = new LinkedHashMap<String, String>();
        r.narratives().keySet().forEach(k -> titles.put(k, k));
        return titles;
    }

    /** Findings of the narrative rules, per code. */
    static Map<String, Integer> narrative(List<Loaded> reports) {
        var found = new TreeMap<String, Integer>();
        Lexicon lexicon = Lexicon.base();
        for (Loaded r : reports) {
            NarrativeInput input = NarrativeInput.of(r.id(), r.narratives(), titles(r), lexicon, r.facts());
            for (NarrativeRules.Found f : NarrativeRules.runAll(input)) {
                found.merge(f.rule().code(), 1, Integer::sum);
            }
        }
        return found;
    }

    /** COPIED_PARAGRAPH: index the region's paragraphs, then check each report against the others. */
    static int copies(List<Loaded> reports) {
        var paragraphs = new ArrayList<List<Paragraph>>(reports.size());
        var bands = new ArrayList<List<long[]>>(reports.size());
        var index = new BandIndex();
        var all = new ArrayList<StoredParagraph>();
        for (Loaded r : reports) {
            List<Paragraph> own = Paragraphs.of(r.narratives(), MIN_CHARS);
            List<long[]> ownBands =
                    own.stream().map(p -> MinHash.bandsOf(p.shingles())).toList();
            paragraphs.add(own);
            bands.add(ownBands);
            for (int i = 0; i < own.size(); i++) {
                Paragraph p = own.get(i);
                index.add(all.size(), ownBands.get(i));
                all.add(new StoredParagraph(
                        r.id(),
                        "150627",
                        REGION,
                        p.section(),
                        p.position(),
                        ownBands.get(i),
                        p.text(),
                        "PUBLISHED",
                        "report " + r.id(),
                        r.publisher(),
                        "index " + r.id()));
            }
        }
        index.build();
        int found = 0;
        Function<String, String> heading = Function.identity();
        for (Loaded r : reports) {
            var candidates = new BitSet();
            for (long[] b : bands.get(r.id())) {
                candidates.or(index.candidates(b));
            }
            var stored = new ArrayList<StoredParagraph>();
            for (int c = candidates.nextSetBit(0); c >= 0; c = candidates.nextSetBit(c + 1)) {
                if (all.get(c).reportId() != r.id()) {
                    stored.add(all.get(c));
                }
            }
            List<FindingDraft> drafts = CopyFinder.find(
                    r.id(), paragraphs.get(r.id()), bands.get(r.id()), stored, THRESHOLD, COMMON_WORDING, heading);
            found += drafts.size();
        }
        return found;
    }

    /** FOREIGN_BODY_TEXT: each report against its region's other departments and the other regions. */
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
            var bodies = new ForeignBodyText.Bodies(
                    DepartmentNames.of(r.publisher(), null, REGION), r.publisher(), LINEAGE, others, regions);
            found += ForeignBodyText.find(r.narratives(), bodies).size();
        }
        return found;
    }

    record Timed(long[] nanos, Object result) {
        long median() {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return sorted[sorted.length / 2];
        }
    }

    static Timed time(java.util.function.Supplier<Object> step) {
        long[] nanos = new long[ROUNDS];
        Object result = null;
        for (int i = 0; i < ROUNDS; i++) {
            long t = System.nanoTime();
            result = step.get();
            nanos[i] = System.nanoTime() - t;
        }
        return new Timed(nanos, result);
    }

    @Test
    void everyReportTextRuleOverARegionOfGeneratedReports() throws Exception {
        load(50, false); // warm-up: classes loaded, regexes compiled
        CopyBenchmark.resetPeaks();
        System.gc();
        Timed baseline = time(() -> load(REPORTS, false));
        List<Loaded> clean = load(REPORTS, false);
        Timed narrative = time(() -> narrative(clean));
        Timed copies = time(() -> copies(clean));
        Timed foreign = time(() -> foreign(clean));
        Timed all = time(() -> {
            List<Loaded> loaded = load(REPORTS, false);
            return List.of(narrative(loaded), copies(loaded), foreign(loaded));
        });
        long peakHeap = CopyBenchmark.peakHeapBytes();

        List<Loaded> planted = load(REPORTS, true);
        @SuppressWarnings("unchecked")
        Map<String, Integer> plantedNarrative = narrative(planted);
        int plantedCopies = copies(planted);

        @SuppressWarnings("unchecked")
        Map<String, Integer> cleanNarrative = (Map<String, Integer>) narrative.result();
        int cleanCopies = (Integer) copies.result();
        int cleanForeign = (Integer) foreign.result();
        int cleanTotal =
                cleanNarrative.values().stream().mapToInt(Integer::intValue).sum() + cleanCopies + cleanForeign;
        long paragraphs = clean.stream()
                .mapToLong(r -> Paragraphs.of(r.narratives(), MIN_CHARS).size())
                .sum();
        double base = baseline.median();
        String report = String.format(
                Locale.ROOT,
                """
                ## RulesBenchmark
                region %s: %,d generated reports (%,d paragraphs of %d+ characters), %d rounds, medians
                | step | total (ms) | per report (ms) | ratio to baseline |
                |---|---|---|---|
                | baseline: load the reports' texts (generate, split into sections) | %.1f | %.3f | 1.00 |
                | narrative rules (extract figures, 4 rules) | %.1f | %.3f | %.2f |
                | COPIED_PARAGRAPH (paragraphs, MinHash bands, band index, CopyFinder per report) | %.1f | %.3f | %.2f |
                | FOREIGN_BODY_TEXT | %.1f | %.3f | %.2f |
                | all: load + every rule above | %.1f | %.3f | %.2f |
                findings on the clean reports: %d (narrative %s, COPIED_PARAGRAPH %d, FOREIGN_BODY_TEXT %d); expected 0
                findings with every tenth report's execution rate 5 points off and every tenth carrying an edited copy of
                another's paragraph (%d each): narrative %s, COPIED_PARAGRAPH %d (a copy and its source each name the other)
                peak heap (sum of heap pools' peaks): %,d MB
                """,
                REGION,
                REPORTS,
                paragraphs,
                MIN_CHARS,
                ROUNDS,
                base / 1e6,
                base / 1e6 / REPORTS,
                narrative.median() / 1e6,
                narrative.median() / 1e6 / REPORTS,
                narrative.median() / base,
                copies.median() / 1e6,
                copies.median() / 1e6 / REPORTS,
                copies.median() / base,
                foreign.median() / 1e6,
                foreign.median() / 1e6 / REPORTS,
                foreign.median() / base,
                all.median() / 1e6,
                all.median() / 1e6 / REPORTS,
                all.median() / base,
                cleanTotal,
                cleanNarrative,
                cleanCopies,
                cleanForeign,
                REPORTS / 10,
                plantedNarrative,
                plantedCopies,
                peakHeap / (1024 * 1024));
        System.out.println(report);
        Path out = Path.of("target", "rules-benchmark.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        assertTrue(plantedCopies > 0 && !plantedNarrative.isEmpty(), "the planted set must give findings");
    }
}

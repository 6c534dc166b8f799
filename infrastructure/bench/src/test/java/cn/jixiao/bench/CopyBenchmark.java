package cn.jixiao.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.portal.copies.BandIndex;
import cn.jixiao.portal.copies.MinHash;
import cn.jixiao.portal.copies.Shingles;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's copy-detection benchmark: {@code bench.reports} synthetic reports of
 * {@value #PARAGRAPHS} paragraphs each (varied sentences built from the vocabulary of the seeds' reports,
 * figures and names drawn at random), {@code bench.copies} of them carrying one paragraph copied from
 * another report with a copier's edits (a phrase or two replaced, one dropped, the figures changed).
 * Everything runs in this JVM with the portal's own classes ({@link Shingles}, {@link MinHash},
 * {@link BandIndex}); the database (the GIN index on {@code paragraph_signature.bands}) is not part of it.
 *
 * <p>Measured in one run: the baseline (generate and shingle every paragraph: what reading and
 * tokenising the text costs), indexing (the same plus MinHash signatures and LSH bands, then sorting
 * the band index), querying every report against all others (its signatures, candidates by band,
 * confirmation by exact Jaccard on the candidates' shingles, re-made from their text as the portal does
 * from the stored text), peak heap, and precision and recall on the planted copies.
 *
 * <pre>./run mvn -pl infrastructure/bench -am verify -Dbench.skip=false -Dtest=CopyBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false [-Dbench.reports=100000] [-Dbench.copies=1000]</pre>
 */
class CopyBenchmark {
    static final int PARAGRAPHS = 6;
    static final double THRESHOLD = 0.5;
    static final int REPORTS = Integer.getInteger("bench.reports", 100_000);
    static final int COPIES = Integer.getInteger("bench.copies", 1_000);

    static final String[] PHRASES = {
        "政务服务", "一窗受理", "综合窗口", "自助终端", "服务点", "预算执行率", "资金到位率", "项目资金", "绩效目标", "年度指标",
        "实际完成值", "满意度调查", "第三方评价", "自评报告", "部门整体支出", "三公经费", "公用经费", "政府采购", "固定资产", "在职人员",
        "核定编制", "实有人数", "内设机构", "主要职能", "放管服改革", "互联网+政务服务", "电子政务", "政务公开", "政府热线", "行政审批",
        "便民服务中心", "代办点", "嘎查村", "社区", "大数据中心", "联网验收", "试运行", "验收合格", "投入使用", "设备采购",
        "合同签订", "付款凭证", "会计凭证", "结余资金", "上年结转", "本年收入", "基本支出", "项目支出", "预算调整", "决算",
        "整改措施", "存在问题", "下一步工作", "结果应用", "信息公开", "佐证资料", "指标体系", "评分标准", "分值", "得分",
        "按期完成", "未能按期", "尚未验收", "明显提升", "有效保障", "进一步加强", "不断完善", "认真落实", "高度重视", "统筹推进",
        "全面梳理", "逐项核对", "及时报送", "规范管理", "提高效率", "群众满意", "办事材料", "减少跑动", "网上可办", "最多跑一次",
        "排队叫号", "高拍仪", "评价一体机", "证照打印", "社保查询", "不动产登记", "公积金", "医保缴费", "税务申报", "市场监管",
        "营商环境", "审批时限", "承诺件", "即办件", "办件量", "日均", "月度统计", "运维服务", "故障维修", "供应商",
        "招标采购", "询价", "单一来源", "公开招标", "采购限额", "合同金额", "质保期", "验收报告", "资产入账", "台账",
        "考核", "督查", "培训", "宣传", "制度建设", "队伍建设", "党建引领", "作风建设", "安全保障", "数据备份"
    };
    static final String[] GLUE = {"，", "；", "。", "和", "及", "的", "在", "对", "由", "按", "将", "为", "并", "等", "中"};
    static final String[] NAMES = {"伊金霍洛旗", "保山市", "岳阳市", "鄂尔多斯市", "阿勒腾席热镇", "隆阳区", "岳阳楼区", "腾冲市", "君山区", "东胜区"};

    /** A paragraph of a report: 18 to 30 phrases with glue, names and figures, from its own seed. */
    static String paragraph(int report, int position) {
        var random = new SplittableRandom(((long) report << 8) ^ position ^ 0x5DEECE66DL);
        var b = new StringBuilder(160);
        int phrases = 18 + random.nextInt(13);
        b.append(NAMES[random.nextInt(NAMES.length)]);
        for (int i = 0; i < phrases; i++) {
            b.append(PHRASES[random.nextInt(PHRASES.length)]);
            if (random.nextInt(5) == 0) {
                b.append(random.nextInt(1, 1000)).append(random.nextBoolean() ? "万元" : "%");
            }
            b.append(GLUE[random.nextInt(GLUE.length)]);
        }
        return b.toString();
    }

    /** The planted copies: report → (source report, source position); the copy replaces position 0. */
    static Map<Integer, int[]> plant(int reports, int copies) {
        var random = new SplittableRandom(42);
        var planted = new HashMap<Integer, int[]>();
        while (planted.size() < copies) {
            int copy = random.nextInt(reports);
            int source = random.nextInt(reports);
            if (copy != source && !planted.containsKey(copy)) {
                planted.put(copy, new int[] {source, random.nextInt(PARAGRAPHS)});
            }
        }
        return planted;
    }

    /** A copier's edits: two phrases replaced, one dropped, every figure changed. */
    static String edited(String text, int seed) {
        var random = new SplittableRandom(seed);
        String out = text;
        for (int i = 0; i < 2; i++) {
            String from = PHRASES[random.nextInt(PHRASES.length)];
            out = out.replaceFirst(java.util.regex.Pattern.quote(from), PHRASES[random.nextInt(PHRASES.length)]);
        }
        out = out.replaceFirst(java.util.regex.Pattern.quote(PHRASES[random.nextInt(PHRASES.length)]), "");
        return out.replaceAll("[0-9]+", String.valueOf(random.nextInt(1, 100)));
    }

    static String text(int report, int position, Map<Integer, int[]> planted) {
        int[] source = planted.get(report);
        if (source != null && position == 0) {
            return edited(paragraph(source[0], source[1]), report);
        }
        return paragraph(report, position);
    }

    static long id(int report, int position) {
        return (long) report * PARAGRAPHS + position;
    }

    @Test
    void copyDetectionOverSyntheticReports() throws Exception {
        Map<Integer, int[]> planted = plant(REPORTS, COPIES);
        resetPeaks();
        System.gc();

        // baseline: generate and shingle every paragraph
        long t0 = System.nanoTime();
        long shingleCount = 0;
        for (int r = 0; r < REPORTS; r++) {
            for (int p = 0; p < PARAGRAPHS; p++) {
                shingleCount += Shingles.of(text(r, p, planted)).length;
            }
        }
        long baselineNanos = System.nanoTime() - t0;

        // index: the same, plus signatures, bands and the sorted band index
        long t1 = System.nanoTime();
        var index = new BandIndex();
        for (int r = 0; r < REPORTS; r++) {
            for (int p = 0; p < PARAGRAPHS; p++) {
                index.add((int) id(r, p), MinHash.bandsOf(Shingles.of(text(r, p, planted))));
            }
        }
        index.build();
        long indexNanos = System.nanoTime() - t1;

        // query every report against all others
        long t2 = System.nanoTime();
        long candidates = 0;
        long confirmedPairs = 0;
        long truePairs = 0;
        var foundPlanted = new BitSet(REPORTS);
        for (int r = 0; r < REPORTS; r++) {
            for (int p = 0; p < PARAGRAPHS; p++) {
                long[] shingles = Shingles.of(text(r, p, planted));
                BitSet found = index.candidates(MinHash.bandsOf(shingles));
                for (int c = found.nextSetBit(0); c >= 0; c = found.nextSetBit(c + 1)) {
                    int otherReport = c / PARAGRAPHS;
                    if (otherReport == r) {
                        continue;
                    }
                    candidates++;
                    double j = Shingles.jaccard(shingles, Shingles.of(text(otherReport, c % PARAGRAPHS, planted)));
                    if (j >= THRESHOLD) {
                        confirmedPairs++;
                        if (isPlanted(planted, r, p, otherReport, c % PARAGRAPHS)) {
                            truePairs++;
                            if (planted.containsKey(r) && p == 0) {
                                foundPlanted.set(r);
                            }
                        }
                    }
                }
            }
        }
        long queryNanos = System.nanoTime() - t2;
        long peakHeap = peakHeapBytes();

        // every planted pair is seen twice (from the copy and from its source)
        double precision = confirmedPairs == 0 ? 1 : (double) truePairs / confirmedPairs;
        double recall = (double) foundPlanted.cardinality() / planted.size();
        String report = String.format(
                Locale.ROOT,
                """
                ## CopyBenchmark
                reports: %,d × %d paragraphs = %,d paragraphs (%,d shingles); planted copies: %,d
                baseline (generate + shingle all paragraphs): %.1f s
                index (+ MinHash 128, 32 bands × 4, sorted band index of %,d entries): %.1f s, ratio to baseline %.2f
                query (every report against all others): %.1f s, %.3f ms per report, ratio to baseline %.2f
                candidates checked: %,d (%.2f per paragraph); confirmed pairs (Jaccard ≥ %.2f): %,d
                precision on planted copies: %.4f (%,d of %,d confirmed pairs are planted, or two copies of one source)
                recall on planted copies: %.4f (%,d of %,d found)
                peak heap (sum of heap pools' peaks): %,d MB
                """,
                REPORTS,
                PARAGRAPHS,
                (long) REPORTS * PARAGRAPHS,
                shingleCount,
                planted.size(),
                baselineNanos / 1e9,
                index.size(),
                indexNanos / 1e9,
                (double) indexNanos / baselineNanos,
                queryNanos / 1e9,
                queryNanos / 1e6 / REPORTS,
                (double) queryNanos / baselineNanos,
                candidates,
                (double) candidates / ((long) REPORTS * PARAGRAPHS),
                THRESHOLD,
                confirmedPairs,
                precision,
                truePairs,
                confirmedPairs,
                recall,
                foundPlanted.cardinality(),
                planted.size(),
                peakHeap / (1024 * 1024));
        System.out.println(report);
        Path out = Path.of("target", "copy-benchmark.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        assertTrue(recall > 0.9, "recall");
    }

    static boolean isPlanted(Map<Integer, int[]> planted, int r, int p, int other, int q) {
        int[] a = planted.get(r);
        if (a != null && p == 0 && a[0] == other && a[1] == q) {
            return true;
        }
        int[] b = planted.get(other);
        if (b != null && q == 0 && b[0] == r && b[1] == p) {
            return true;
        }
        // two copies of the same source paragraph are copies of each other
        return a != null && b != null && p == 0 && q == 0 && a[0] == b[0] && a[1] == b[1];
    }

    static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}

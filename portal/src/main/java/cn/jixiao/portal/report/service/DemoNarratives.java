package cn.jixiao.portal.report.service;

import cn.jixiao.portal.report.ReportSection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The narratives of the demo's reports: our own prose of each seed, put under the report's sections. */
final class DemoNarratives {
    private DemoNarratives() {}

    /**
     * The department's words for each section, from our prose of the report ({@code demo/reports/}): its
     * sections are put under the report's by what they are about; a merged one keeps its title as a
     * sub-heading.
     */
    static Map<String, String> of(String indexNo) {
        String text;
        try (InputStream in =
                DemoNarratives.class.getResourceAsStream("/demo/reports/" + indexNo.replace('/', '_') + ".md")) {
            if (in == null) {
                return Map.of();
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, StringBuilder> out = new LinkedHashMap<>();
        String code = ReportSection.BASIC.code;
        for (String line : text.split("\\R")) {
            if (line.startsWith("## ")) {
                String title =
                        line.substring(3).replaceFirst("^[一二三四五六七八九十]+、", "").strip();
                code = sectionOf(title).code;
                StringBuilder b = out.computeIfAbsent(code, k -> new StringBuilder());
                b.append(b.isEmpty() ? "" : "\n\n").append("### ").append(title).append("\n\n");
            } else {
                out.computeIfAbsent(code, k -> new StringBuilder()).append(line).append("\n");
            }
        }
        Map<String, String> narratives = new LinkedHashMap<>();
        out.forEach((k, v) -> narratives.put(k, v.toString().strip()));
        return narratives;
    }

    static ReportSection sectionOf(String title) {
        if (title.contains("问题")) {
            return ReportSection.PROBLEMS;
        }
        if (title.contains("建议") || title.contains("改进")) {
            return ReportSection.SUGGESTIONS;
        }
        if (title.contains("结果应用")) {
            return ReportSection.RESULTS;
        }
        if (title.contains("公开")) {
            return ReportSection.DISCLOSURE;
        }
        if (title.contains("目标")) {
            return ReportSection.GOALS;
        }
        if (title.matches(".*(得分|评分|指标|结论|产出|效益|绩效分析|资金|预算).*")) {
            return ReportSection.INDICATORS;
        }
        if (title.matches(".*(组织|方法|进度|自评工作).*")) {
            return ReportSection.WORK;
        }
        return ReportSection.BASIC;
    }
}

package cn.jixiao.portal.report;

import cn.jixiao.platform.publication.EvaluationScope;
import java.util.Arrays;
import java.util.Optional;

/**
 * The sections of a report, in the order the published reports use. Each has the department's
 * narrative; most also carry tables or lists generated from the records (see {@code ReportComposer}).
 */
public enum ReportSection {
    BASIC("basic", "一、项目基本情况", "一、部门基本情况"),
    GOALS("goals", "二、绩效目标", "二、年度绩效目标"),
    WORK("work", "三、评价工作开展情况", "三、评价工作开展情况"),
    INDICATORS("indicators", "四、指标完成情况", "四、指标完成情况"),
    PROBLEMS("problems", "五、存在问题", "五、存在问题"),
    SUGGESTIONS("suggestions", "六、建议与整改", "六、建议与整改"),
    RESULTS("results", "七、结果应用", "七、结果应用"),
    DISCLOSURE("disclosure", "八、公开情况", "八、公开情况");

    public final String code;
    private final String projectHeading;
    private final String departmentHeading;

    ReportSection(String code, String projectHeading, String departmentHeading) {
        this.code = code;
        this.projectHeading = projectHeading;
        this.departmentHeading = departmentHeading;
    }

    public String heading(EvaluationScope scope) {
        return scope == EvaluationScope.DEPARTMENT ? departmentHeading : projectHeading;
    }

    public static Optional<ReportSection> byCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}

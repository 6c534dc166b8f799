package cn.jixiao.portal.indicator;

import cn.jixiao.platform.publication.EvaluationKind;
import cn.jixiao.platform.publication.EvaluationScope;

/** A template in the region's list. */
public record TemplateSummary(
        long id,
        String name,
        EvaluationScope subjectKind,
        String subjectKindLabel,
        EvaluationKind evaluationKind,
        String evaluationKindLabel,
        String builtinCode,
        boolean active,
        long indicatorCount,
        int version) {

    static TemplateSummary of(IndicatorTemplate t, long indicatorCount) {
        return new TemplateSummary(
                t.id,
                t.name,
                t.subjectKind,
                t.subjectKind.label(),
                t.evaluationKind,
                t.evaluationKind == null ? "不限" : t.evaluationKind.label(),
                t.builtinCode,
                t.active,
                indicatorCount,
                t.version);
    }
}

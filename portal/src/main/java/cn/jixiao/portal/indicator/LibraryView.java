package cn.jixiao.portal.indicator;

import cn.jixiao.platform.publication.EvaluationKind;
import cn.jixiao.platform.publication.EvaluationScope;
import java.util.List;

/**
 * A ready template of the built-in library, with its tree (keys like {@code 2.1.3}, no ids).
 *
 * @param regionTemplateId the region's copy of it, if it has one
 */
public record LibraryView(
        String code,
        String name,
        EvaluationScope subjectKind,
        String subjectKindLabel,
        EvaluationKind evaluationKind,
        String evaluationKindLabel,
        String description,
        int indicatorCount,
        List<IndicatorView> indicators,
        Long regionTemplateId) {

    public List<IndicatorView> tree() {
        return TemplateTrees.depthFirst(indicators);
    }
}

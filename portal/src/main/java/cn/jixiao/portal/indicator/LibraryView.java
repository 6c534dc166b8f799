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

    /** The level-1 indicators and their weights, e.g. "决策 15、过程 20、产出 30、效益 35". */
    public String level1Summary() {
        return tree().stream()
                .filter(i -> i.level() == 1)
                .map(i -> i.name() + " " + TemplateValidator.plain(i.weight()))
                .collect(java.util.stream.Collectors.joining("、"));
    }
}

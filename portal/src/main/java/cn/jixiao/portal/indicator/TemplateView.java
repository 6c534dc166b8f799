package cn.jixiao.portal.indicator;

import cn.jixiao.platform.publication.EvaluationKind;
import cn.jixiao.platform.publication.EvaluationScope;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A template with its whole tree: parents before children, each level in its order.
 *
 * @param editable whether the current user may change it (a finance reviewer or the region's admin)
 */
public record TemplateView(
        long id,
        String name,
        EvaluationScope subjectKind,
        String subjectKindLabel,
        EvaluationKind evaluationKind,
        String evaluationKindLabel,
        String description,
        String builtinCode,
        boolean active,
        int version,
        String createdBy,
        OffsetDateTime updatedAt,
        BigDecimal totalWeight,
        int indicatorCount,
        List<IndicatorView> indicators,
        boolean editable) {

    /** The indicators in reading order: each level-1, then its level-2 each followed by its level-3. */
    public List<IndicatorView> tree() {
        return TemplateTrees.depthFirst(indicators);
    }
}

package cn.jixiao.portal.indicator;

import java.util.List;

/**
 * A whole template as POST and PUT take it: its header and every indicator (see {@link IndicatorInput}).
 *
 * @param subjectKind PROJECT or DEPARTMENT
 * @param evaluationKind SELF, THIRD_PARTY, FINANCE_REVIEW or null for any
 * @param version the version read (PUT only)
 */
public record TemplateInput(
        String name,
        String subjectKind,
        String evaluationKind,
        String description,
        List<IndicatorInput> indicators,
        Integer version) {}

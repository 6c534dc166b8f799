package cn.jixiao.portal.publication;

import cn.jixiao.platform.publication.EvaluationKind;
import cn.jixiao.platform.publication.record.ComplianceState;
import cn.jixiao.portal.web.QueryParams;

/** The compliance list's query parameters, read and checked once for the page, the JSON and the export. */
record ComplianceQuery(Integer year, ComplianceState state, EvaluationKind kind) {
    static ComplianceQuery of(String year, String state, String kind) {
        return new ComplianceQuery(
                QueryParams.year("year", year),
                QueryParams.choice("state", "公开情况", state, ComplianceState.class),
                QueryParams.choice("kind", "报告类型", kind, EvaluationKind.class));
    }

    String stateName() {
        return state == null ? null : state.name();
    }

    String kindName() {
        return kind == null ? null : kind.name();
    }
}

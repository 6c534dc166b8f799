package cn.jixiao.portal.evaluation;

import static cn.jixiao.portal.project.ProjectFixtures.as;
import static cn.jixiao.portal.project.ProjectFixtures.decimal;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import cn.jixiao.platform.publication.EvaluationKind;
import cn.jixiao.platform.tenancy.Tenancy;
import cn.jixiao.portal.evaluation.service.DemoEvaluations;
import cn.jixiao.portal.evaluation.service.DemoSpec;
import cn.jixiao.portal.evaluation.service.DemoSpecs;
import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The demo evaluations come out of the product's own scoring: on a template with seed 000's level-1
 * weights, the kiosk rates are read from the inventory (21/27, 22/27) and the total is 85.27 良 with the
 * seed's four level-1 scores; on seed 003's system, 98 优秀 with 分配结果 3 of 5.
 */
@QuarkusTest
class DemoEvaluationsTest {
    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    @Inject
    DemoEvaluations demo;

    private Long make(DemoSpec spec) throws Exception {
        var context = Arc.container().requestContext();
        boolean activated = !context.isActive();
        if (activated) {
            context.activate();
        }
        try {
            return Tenancy.runAs(
                    spec.tenant(), () -> QuarkusTransaction.requiringNew().call(() -> demo.create(spec)));
        } finally {
            if (activated) {
                context.terminate();
            }
        }
    }

    private static DemoSpec ofKind(DemoSpec s, EvaluationKind kind) {
        return new DemoSpec(
                s.name(),
                s.tenant(),
                s.departmentCode(),
                s.project(),
                s.year(),
                kind,
                s.templateCode(),
                s.templateId(),
                s.levelScores(),
                s.total(),
                s.deductFirst(),
                s.leafScores(),
                s.actuals(),
                s.reasons(),
                s.reason(),
                s.goal(),
                s.achieved(),
                s.evaluatorName(),
                s.reportDate(),
                s.items(),
                s.evaluators(),
                s.approvedOn());
    }

    /** The same spec left a draft (the demo approves its own seed 000 evaluation; this copy stays a draft). */
    private static DemoSpec unapproved(DemoSpec s) {
        return new DemoSpec(
                s.name(),
                s.tenant(),
                s.departmentCode(),
                s.project(),
                s.year(),
                s.kind(),
                s.templateCode(),
                s.templateId(),
                s.levelScores(),
                s.total(),
                s.deductFirst(),
                s.leafScores(),
                s.actuals(),
                s.reasons(),
                s.reason(),
                s.goal(),
                s.achieved(),
                s.evaluatorName(),
                s.reportDate(),
                s.items(),
                s.evaluators(),
                null);
    }

    @Test
    void seed000ScoresItsFourLevelsFromTheKioskInventoryAndHandScoresWithReasons() throws Exception {
        long template = TemplateRows.insert(owner, "150627", "PROJECT", "测试-000", TemplateRows.kiosk());
        // the demo's own 2022 evaluation is THIRD_PARTY; this one is a SELF evaluation of the same project
        TemplateRows.execute(
                owner, "delete from evaluation where tenant_id = '150627' and year = 2022 and kind = 'SELF'");
        Long id = make(
                unapproved(ofKind(DemoSpecs.kiosk2022(), EvaluationKind.SELF)).withTemplate(template));
        assertNotNull(id);

        String finance = Tokens.accessToken("yijinhuoluo-finance");
        as(finance)
                .get("/api/evaluations/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("levels.name", equalTo(List.of("决策", "过程", "产出", "效益")))
                .body(
                        "levels.score",
                        equalTo(List.of(
                                new java.math.BigDecimal("11.55"), new java.math.BigDecimal("18.48"),
                                new java.math.BigDecimal("24.34"), new java.math.BigDecimal("30.90"))))
                .body("totalScore", decimal("85.27"))
                .body("grade", equalTo("GOOD"))
                .body("gradeLabel", equalTo("良"))
                .body("unscored", hasSize(0))
                .body("indicators.find { it.name == '设备验收合格率' }.recordValue", decimal("77.78"))
                .body(
                        "indicators.find { it.name == '设备验收合格率' }.recordFigures",
                        org.hamcrest.Matchers.containsString("已验收 21 台 ÷ 设备 27 台"))
                .body("indicators.find { it.name == '设备验收合格率' }.manualScore", nullValue())
                .body("indicators.find { it.name == '设备验收合格率' }.score", decimal("4.67"))
                .body("indicators.find { it.name == '设备投入使用率' }.recordValue", decimal("81.48"))
                .body("indicators.find { it.name == '设备投入使用率' }.score", decimal("4.89"))
                .body(
                        "indicators.find { it.name == '资金分配合理性' }.scoreReason",
                        org.hamcrest.Matchers.containsString("询价比价"))
                .body(
                        "items.findAll { it.kind == 'RECTIFICATION' }.ownerName",
                        equalTo(List.of("伊金霍洛旗政务服务局", "伊金霍洛旗公安局", "伊金霍洛旗就业和社会保险事业局", "阿勒腾席热镇人民政府", "伊金霍洛旗大数据中心")))
                .body(
                        "items.findAll { it.kind == 'RECTIFICATION' }.ownerDepartmentId.every { it != null }",
                        equalTo(true));
    }

    @Test
    void seed003IsNinetyEightWithTheAllocationResultThreeOfFive() throws Exception {
        long template = TemplateRows.insert(owner, "430600", "PROJECT", "测试-003", TemplateRows.yichuang());
        TemplateRows.execute(
                owner, "delete from evaluation where tenant_id = '430600' and year = 2019 and kind = 'FINANCE_REVIEW'");
        Long id = make(
                ofKind(DemoSpecs.yichuang2019(), EvaluationKind.FINANCE_REVIEW).withTemplate(template));
        assertNotNull(id);

        as(Tokens.accessToken("yueyang-finance"))
                .get("/api/evaluations/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body(
                        "levels.score",
                        equalTo(List.of(
                                new java.math.BigDecimal("18.00"),
                                new java.math.BigDecimal("25.00"),
                                new java.math.BigDecimal("55.00"))))
                .body("totalScore", decimal("98"))
                .body("grade", equalTo("EXCELLENT"))
                .body("indicators.find { it.name == '分配结果' }.score", decimal("3"))
                .body("indicators.find { it.name == '分配结果' }.checkedItems", equalTo(List.of(1)))
                .body("indicators.find { it.name == '分配结果' }.manualScore", nullValue())
                .body("indicators.find { it.name == '到位率' }.recordValue", decimal("100"))
                .body("indicators.find { it.name == '到位率' }.computedScore", decimal("3"))
                .body("evaluators.name", equalTo(List.of("杨胜", "谭昕")))
                .body("evaluators.title", equalTo(List.of("副主任", "科长")))
                .body("editable", equalTo(false));
    }
}

package cn.jixiao.portal.evaluation.review;

import static cn.jixiao.portal.project.ProjectFixtures.insert;

import io.agroal.api.AgroalDataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Evaluation rows written as the database owner, for the review and table tests while the evaluation
 * service (start, fill) is built beside them: seed 003's 一窗受理 self-evaluation in a small form.
 */
public final class EvaluationRows {
    private EvaluationRows() {}

    public record Built(long evaluationId, long level1Id, long level2Id, long firstLeafId, long secondLeafId) {}

    /**
     * A draft with one level-1 indicator 项目产出指标 (100) → 数量指标 → two scored leaves: 政务服务事项网上可办率
     * (60, target 70 %, actual 70 %, 60 points) and 材料减少 (40, target 60 %, actual 57 %, 38 points): total 98, 优.
     */
    public static Built selfEvaluation(
            AgroalDataSource owner, String tenant, long departmentId, Long projectId, int year) throws SQLException {
        return evaluation(owner, tenant, departmentId, projectId, year, "SELF", null);
    }

    public static Built evaluation(
            AgroalDataSource owner,
            String tenant,
            long departmentId,
            Long projectId,
            int year,
            String kind,
            String evaluatorAlias)
            throws SQLException {
        long id = insert(
                owner,
                "insert into evaluation (tenant_id, department_id, project_id, year, kind, template_name, overall_goal,"
                        + " goal_achieved, evaluator_alias, evaluator_name, total_score, grade, scored_at, created_by)"
                        + " values (?, ?, ?, ?, ?, '项目支出绩效自评', '实现一窗进出、受办分离', '按期完成招投标；按期完成试运行；系统尚未验收',"
                        + " ?, '部门（单位）评价组', 98, 'EXCELLENT', now(), 'test')",
                tenant,
                departmentId,
                projectId,
                year,
                kind,
                evaluatorAlias);
        long l1 = indicator(owner, tenant, id, null, 1, 0, "项目产出指标", "100");
        long l2 = indicator(owner, tenant, id, l1, 2, 0, "数量指标", "100");
        long a = leaf(owner, tenant, id, l2, 0, "政务服务事项网上可办率不低于70%", "60", "70", "70", "60", "%");
        long b = leaf(owner, tenant, id, l2, 1, "企业和群众到政府办事提供的材料减少60%以上", "40", "60", "57", "38", "%");
        return new Built(id, l1, l2, a, b);
    }

    public static long indicator(
            AgroalDataSource owner,
            String tenant,
            long evaluationId,
            Long parentId,
            int level,
            int position,
            String name,
            String weight)
            throws SQLException {
        return insert(
                owner,
                "insert into evaluation_indicator (tenant_id, evaluation_id, parent_id, level, position, name, weight)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                tenant,
                evaluationId,
                parentId,
                level,
                position,
                name,
                new BigDecimal(weight));
    }

    public static long leaf(
            AgroalDataSource owner,
            String tenant,
            long evaluationId,
            long parentId,
            int position,
            String name,
            String weight,
            String target,
            String actual,
            String score,
            String unit)
            throws SQLException {
        return insert(
                owner,
                "insert into evaluation_indicator (tenant_id, evaluation_id, parent_id, level, position, name, weight, rule,"
                        + " comparator, target_value, actual_value, unit, computed_score)"
                        + " values (?, ?, ?, 3, ?, ?, ?, 'PROPORTIONAL', '>=', ?, ?, ?, ?)",
                tenant,
                evaluationId,
                parentId,
                position,
                name,
                new BigDecimal(weight),
                target == null ? null : new BigDecimal(target),
                actual == null ? null : new BigDecimal(actual),
                unit,
                score == null ? null : new BigDecimal(score));
    }

    public static void exec(AgroalDataSource owner, String sql, Object... args) throws SQLException {
        try (Connection c = owner.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }
}

package cn.jixiao.portal.evaluation.web;

import cn.jixiao.portal.evaluation.review.ReviewView;
import cn.jixiao.portal.web.Option;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One evaluation's page: header, level-1 scores, the indicator tree, findings, items, sign-off, review. */
@TemplateData
public record EvaluationDetailView(
        long id,
        String subjectName,
        long departmentId,
        String departmentName,
        Long projectId,
        int year,
        String kindLabel,
        String status,
        String statusLabel,
        int version,
        BigDecimal totalScore,
        String grade,
        String gradeLabel,
        String templateName,
        String evaluatorName,
        LocalDate reportDate,
        String overallGoal,
        String goalAchieved,
        boolean canFill,
        boolean canSubmit,
        boolean canDecide,
        List<LevelCard> levels,
        List<Group> groups,
        List<FindingLine> findings,
        List<ItemLine> items,
        List<Option> itemKinds,
        List<Option> itemStatuses,
        ReviewView review,
        List<EvaluatorLine> evaluatorRows,
        List<OpinionSlot> opinions) {

    @TemplateData
    public record LevelCard(String name, BigDecimal weight, BigDecimal score) {}

    @TemplateData
    public record Group(String name, BigDecimal weight, BigDecimal score, List<SubGroup> subgroups) {}

    @TemplateData
    public record SubGroup(String name, BigDecimal weight, List<IndicatorLine> indicators) {}

    @TemplateData
    public record IndicatorLine(
            long id,
            String name,
            BigDecimal weight,
            String ruleLabel,
            String criteria,
            String target,
            String actual,
            BigDecimal actualValue,
            String actualText,
            BigDecimal computedScore,
            BigDecimal manualScore,
            String scoreReason,
            BigDecimal score,
            String deviationReason,
            boolean evidenceRequired,
            int version) {}

    @TemplateData
    public record FindingLine(
            String code,
            String severity,
            String severityLabel,
            String message,
            String stateLabel,
            boolean explained,
            String explanation) {}

    @TemplateData
    public record ItemLine(
            long id,
            String kind,
            String kindLabel,
            String text,
            String ownerName,
            LocalDate dueOn,
            String statusLabel,
            boolean carried,
            int version) {}

    /** A row of 评价人员 as seed 003 prints it; blank rows keep the printed form's three lines. */
    @TemplateData
    public record EvaluatorLine(String name, String title, String unit, boolean leader) {}

    @TemplateData
    public record OpinionSlot(
            String role, String label, String signerLabel, ReviewView.OpinionView opinion, boolean canSign) {}

    public boolean hasFindings() {
        return !findings.isEmpty();
    }

    public long blockingCount() {
        return findings.stream()
                .filter(f -> "BLOCKING".equals(f.severity()) && !f.explained())
                .count();
    }

    public String leaderName() {
        return review.evaluators().stream()
                .filter(ReviewView.EvaluatorView::leader)
                .map(ReviewView.EvaluatorView::name)
                .findFirst()
                .orElse(null);
    }
}

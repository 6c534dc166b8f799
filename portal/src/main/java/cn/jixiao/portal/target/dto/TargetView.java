package cn.jixiao.portal.target.dto;

import cn.jixiao.portal.target.PerformanceTarget;
import cn.jixiao.portal.target.ProjectNature;
import cn.jixiao.portal.target.TargetEvent;
import cn.jixiao.portal.target.TargetIndicator;
import cn.jixiao.portal.target.TargetPlanStep;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A whole target table: its subject, goals, funds (万元), indicators, plan steps, review events and
 * every version of the same subject and year; and what the reader may do with it now.
 */
@TemplateData
public record TargetView(
        long id,
        long departmentId,
        String departmentName,
        Long projectId,
        String projectName,
        String subjectName,
        int year,
        int versionNo,
        Long previousId,
        String changeReason,
        String status,
        String statusLabel,
        boolean editable,
        String overallGoal,
        String yearGoal,
        String projectNature,
        String projectNatureLabel,
        BigDecimal totalFunds,
        BigDecimal fiscalFunds,
        BigDecimal otherFunds,
        String fundsUnit,
        String createdBy,
        OffsetDateTime createdAt,
        String submittedBy,
        OffsetDateTime submittedAt,
        String decidedBy,
        OffsetDateTime decidedAt,
        String decisionNote,
        int version,
        List<Indicator> indicators,
        List<Step> planSteps,
        List<Event> events,
        List<VersionRef> versions,
        Actions actions) {

    public static final String FUNDS_UNIT = "万元";

    public static TargetView of(
            PerformanceTarget t,
            String departmentName,
            String projectName,
            String subjectName,
            List<TargetIndicator> indicators,
            List<TargetPlanStep> steps,
            List<TargetEvent> events,
            List<PerformanceTarget> versions,
            Actions actions) {
        return new TargetView(
                t.id,
                t.departmentId,
                departmentName,
                t.projectId,
                projectName,
                subjectName,
                t.year,
                t.versionNo,
                t.previousId,
                t.changeReason,
                t.status.name(),
                t.status.label(),
                t.status.editable(),
                t.overallGoal,
                t.yearGoal,
                t.projectNature,
                t.projectNature == null
                        ? null
                        : ProjectNature.valueOf(t.projectNature).label(),
                t.totalFunds,
                t.fiscalFunds,
                t.otherFunds,
                FUNDS_UNIT,
                t.createdBy,
                t.createdAt,
                t.submittedBy,
                t.submittedAt,
                t.decidedBy,
                t.decidedAt,
                t.decisionNote,
                t.version,
                indicators.stream().map(Indicator::of).toList(),
                steps.stream().map(Step::of).toList(),
                events.stream().map(Event::of).toList(),
                versions.stream().map(VersionRef::of).toList(),
                actions);
    }

    /** One indicator; {@code target} is how the page prints it (≥70 %, 实现政务4.0). */
    @TemplateData
    public record Indicator(
            long id,
            int position,
            String level1,
            String level2,
            String name,
            String comparator,
            BigDecimal targetValue,
            String targetText,
            String unit,
            String target) {
        static Indicator of(TargetIndicator i) {
            return new Indicator(
                    i.id,
                    i.position,
                    i.level1,
                    i.level2,
                    i.name,
                    i.comparator,
                    i.targetValue,
                    i.targetText,
                    i.unit,
                    printed(i.comparator, i.targetValue, i.targetText, i.unit));
        }

        static String printed(String comparator, BigDecimal value, String text, String unit) {
            var out = new StringBuilder();
            if (value != null) {
                if (comparator != null) {
                    out.append(symbol(comparator));
                }
                out.append(value.stripTrailingZeros().toPlainString());
                if (unit != null) {
                    out.append(unit);
                }
            }
            if (text != null) {
                if (!out.isEmpty()) {
                    out.append("（").append(text).append("）");
                } else {
                    out.append(text);
                }
            }
            return out.toString();
        }

        public static String symbol(String comparator) {
            return switch (comparator) {
                case ">=" -> "≥";
                case "<=" -> "≤";
                default -> comparator;
            };
        }

        public String comparatorSymbol() {
            return comparator == null ? "" : symbol(comparator);
        }

        public String valueText() {
            return targetValue == null ? "" : targetValue.stripTrailingZeros().toPlainString();
        }
    }

    @TemplateData
    public record Step(
            long id,
            int position,
            String name,
            String deliverable,
            LocalDate plannedStart,
            LocalDate plannedFinish,
            LocalDate actualFinish,
            boolean late) {
        static Step of(TargetPlanStep s) {
            boolean late = s.plannedFinish != null && s.actualFinish != null && s.actualFinish.isAfter(s.plannedFinish);
            return new Step(
                    s.id, s.position, s.name, s.deliverable, s.plannedStart, s.plannedFinish, s.actualFinish, late);
        }
    }

    @TemplateData
    public record Event(String action, String actionLabel, String actor, OffsetDateTime at, String comment) {
        static Event of(TargetEvent e) {
            return new Event(e.action, TargetEvent.label(e.action), e.actor, e.at, e.comment);
        }
    }

    @TemplateData
    public record VersionRef(long id, int versionNo, String status, String statusLabel, String changeReason) {
        static VersionRef of(PerformanceTarget t) {
            return new VersionRef(t.id, t.versionNo, t.status.name(), t.status.label(), t.changeReason);
        }
    }

    /** What the reader may do now: edit and submit (the department), decide (finance), revise (the department). */
    @TemplateData
    public record Actions(boolean canEdit, boolean canSubmit, boolean canDecide, boolean canRevise) {}
}

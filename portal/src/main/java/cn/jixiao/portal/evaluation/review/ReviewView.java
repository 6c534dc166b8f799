package cn.jixiao.portal.evaluation.review;

import cn.jixiao.portal.evaluation.Evaluation;
import cn.jixiao.portal.evaluation.EvaluationEvaluator;
import cn.jixiao.portal.evaluation.EvaluationEvent;
import cn.jixiao.portal.evaluation.EvaluationOpinion;
import cn.jixiao.portal.evaluation.EvaluationStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** An evaluation's review state: status, the dated and attributed steps, the evaluators and the sign-offs. */
public record ReviewView(
        long id,
        EvaluationStatus status,
        String statusLabel,
        boolean editable,
        int version,
        String submittedBy,
        OffsetDateTime submittedAt,
        String decidedBy,
        OffsetDateTime decidedAt,
        List<EventView> events,
        List<EvaluatorView> evaluators,
        List<OpinionView> opinions) {

    public record EventView(
            String action, String actionLabel, String actor, String actorName, OffsetDateTime at, String comment) {
        static EventView of(EvaluationEvent e) {
            return new EventView(e.action, ReviewAction.labelOf(e.action), e.actor, e.actorName, e.at, e.comment);
        }

        /** When, in China's time, to the minute (2020-06-09 10:30). */
        public String when() {
            return at == null
                    ? ""
                    : at.atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai"))
                            .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        }
    }

    public record EvaluatorView(int position, String name, String title, String unit, boolean leader) {
        static EvaluatorView of(EvaluationEvaluator e) {
            return new EvaluatorView(e.position, e.name, e.title, e.unit, e.leader);
        }
    }

    public record OpinionView(
            String role,
            String roleLabel,
            String opinion,
            String signer,
            LocalDate signedOn,
            String recordedBy,
            int version) {
        static OpinionView of(EvaluationOpinion o) {
            return new OpinionView(
                    o.role.name(), o.role.label(), o.opinion, o.signer, o.signedOn, o.recordedBy, o.version);
        }
    }

    public static ReviewView of(Evaluation e) {
        return new ReviewView(
                e.id,
                e.status,
                e.status.label(),
                e.status.editable(),
                e.version,
                e.submittedBy,
                e.submittedAt,
                e.decidedBy,
                e.decidedAt,
                EvaluationEvent.ofEvaluation(e.id).stream().map(EventView::of).toList(),
                EvaluationEvaluator.ofEvaluation(e.id).stream()
                        .map(EvaluatorView::of)
                        .toList(),
                EvaluationOpinion.ofEvaluation(e.id).stream()
                        // the order of the printed form, not of the codes
                        .sorted(java.util.Comparator.comparingInt(o -> o.role.ordinal()))
                        .map(OpinionView::of)
                        .toList());
    }
}

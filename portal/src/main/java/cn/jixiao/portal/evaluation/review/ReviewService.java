package cn.jixiao.portal.evaluation.review;

import cn.jixiao.platform.web.ApiError;
import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.audit.AuditTrail;
import cn.jixiao.portal.evaluation.Evaluation;
import cn.jixiao.portal.evaluation.EvaluationEvaluator;
import cn.jixiao.portal.evaluation.EvaluationEvent;
import cn.jixiao.portal.evaluation.EvaluationIndicator;
import cn.jixiao.portal.evaluation.EvaluationOpinion;
import cn.jixiao.portal.evaluation.EvaluationRights;
import cn.jixiao.portal.evaluation.EvaluationStatus;
import cn.jixiao.portal.evaluation.OpinionRole;
import cn.jixiao.portal.finding.EvaluationChecks;
import cn.jixiao.portal.finding.Finding;
import cn.jixiao.portal.web.Refusals;
import cn.jixiao.portal.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.WebApplicationException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Review of an evaluation: submitted by whoever fills it, returned with comments or approved by a
 * finance reviewer. Each step changes the status, records a dated and attributed event and an audit
 * row in one transaction, and checks the version read. The evaluation group and the sign-off opinions
 * are kept here too.
 */
@ApplicationScoped
public class ReviewService {
    static final String ENTITY = "Evaluation";
    static final int MAX_EVALUATORS = 30;

    @Inject
    EvaluationRights rights;

    @Inject
    Access access;

    @Inject
    EvaluationChecks checks;

    @Inject
    AuditTrail audit;

    @Transactional
    public ReviewView view(long id) {
        return ReviewView.of(rights.readable(id));
    }

    /**
     * Submits a draft or returned evaluation. Refused (400) while a level-3 indicator has no score or
     * lacks its required evidence, and (409) while a blocking finding is open after the checks ran
     * again; the findings the checks stored are kept even then.
     */
    @Transactional(dontRollbackOn = WebApplicationException.class)
    public ReviewView submit(long id, ReviewStepInput input) {
        Evaluation e = rights.readable(id);
        rights.requireEditor(e);
        requireEditable(e, "提交", "submitted");
        Versions.require(version(input), e.version);
        requireComplete(e);
        checks.recheck(e.id);
        List<Finding> blocking = checks.openBlockingForSubmission(e.id);
        if (!blocking.isEmpty()) {
            throw blockedBy(blocking);
        }
        return step(e, ReviewAction.SUBMITTED, EvaluationStatus.SUBMITTED, comment(input));
    }

    @Transactional
    public ReviewView returnForChanges(long id, ReviewStepInput input) {
        Evaluation e = rights.readable(id);
        access.requireApprover();
        requireSubmitted(e, "退回", "returned");
        Versions.require(version(input), e.version);
        String comment = comment(input);
        if (comment == null) {
            throw Refusals.invalid("comment", "退回时请写明退回意见 (a comment is required when returning)");
        }
        return step(e, ReviewAction.RETURNED, EvaluationStatus.RETURNED, comment);
    }

    @Transactional
    public ReviewView approve(long id, ReviewStepInput input) {
        Evaluation e = rights.readable(id);
        access.requireApprover();
        requireSubmitted(e, "审核通过", "approved");
        Versions.require(version(input), e.version);
        return step(e, ReviewAction.APPROVED, EvaluationStatus.APPROVED, comment(input));
    }

    /** Replaces the evaluation group while the evaluation may be edited; exactly one leader when any. */
    @Transactional
    public ReviewView replaceEvaluators(long id, List<EvaluatorInput> group, Integer version) {
        Evaluation e = rights.readable(id);
        rights.requireEditor(e);
        requireEditable(e, "修改评价人员", "changed");
        List<EvaluatorInput> members = validGroup(group);
        // the whole group is replaced: only by someone who read the evaluation as it is now
        Versions.require(version, e.version);
        var before = EvaluationEvaluator.ofEvaluation(e.id).stream()
                .map(ReviewView.EvaluatorView::of)
                .toList();
        EvaluationEvaluator.delete("evaluationId", e.id);
        int position = 0;
        for (EvaluatorInput m : members) {
            var row = new EvaluationEvaluator();
            row.evaluationId = e.id;
            row.position = position++;
            row.name = m.name().strip();
            row.title = blankToNull(m.title());
            row.unit = blankToNull(m.unit());
            row.leader = Boolean.TRUE.equals(m.leader());
            row.persist();
        }
        e.updatedAt = OffsetDateTime.now();
        Evaluation.getEntityManager().flush();
        var after = EvaluationEvaluator.ofEvaluation(e.id).stream()
                .map(ReviewView.EvaluatorView::of)
                .toList();
        audit.record("EVALUATORS", ENTITY, e.id, before, after);
        return ReviewView.of(e);
    }

    /**
     * Records one opinion of the sign-off block. The project unit's and the competent department's are
     * the department's to sign while the evaluation is edited; the finance department's is a finance
     * reviewer's, while it is under review (as part of approving) or before.
     */
    @Transactional
    public ReviewView sign(long id, String roleName, OpinionInput input) {
        OpinionRole role = role(roleName);
        Evaluation e = rights.readable(id);
        if (role == OpinionRole.FINANCE) {
            access.requireApprover();
            if (e.status == EvaluationStatus.APPROVED) {
                throw Refusals.conflict(
                        "not_editable",
                        "评价已审核通过，财政部门意见不可再改 (the evaluation is approved; the finance opinion is final)");
            }
        } else {
            if (!rights.signsForDepartment(e)) {
                throw new jakarta.ws.rs.ForbiddenException(
                        "只有被评价部门的填报人可以录入项目单位和主管部门意见 (only the evaluated department's editors record these opinions)");
            }
            requireEditable(e, "修改意见", "changed");
        }
        validOpinion(input);
        EvaluationOpinion o = EvaluationOpinion.<EvaluationOpinion>find("evaluationId = ?1 and role = ?2", e.id, role)
                .firstResult();
        ReviewView.OpinionView before = null;
        if (o == null) {
            o = new EvaluationOpinion();
            o.evaluationId = e.id;
            o.role = role;
        } else {
            Versions.require(input.version(), o.version);
            before = ReviewView.OpinionView.of(o);
        }
        o.opinion = input.opinion().strip();
        o.signer = input.signer().strip();
        o.signedOn = input.signedOn();
        o.recordedBy = access.actor();
        o.persistAndFlush();
        audit.record("OPINION", ENTITY, e.id, before, ReviewView.OpinionView.of(o));
        return ReviewView.of(e);
    }

    private ReviewView step(Evaluation e, ReviewAction action, EvaluationStatus to, String comment) {
        var before = Map.of("status", e.status.name(), "version", e.version);
        OffsetDateTime now = OffsetDateTime.now();
        e.status = to;
        e.updatedAt = now;
        if (to == EvaluationStatus.SUBMITTED) {
            e.submittedBy = access.actor();
            e.submittedAt = now;
            e.decidedBy = null;
            e.decidedAt = null;
        } else {
            e.decidedBy = access.actor();
            e.decidedAt = now;
        }
        var event = new EvaluationEvent();
        event.evaluationId = e.id;
        event.action = action.name();
        event.actor = access.actor();
        event.actorName = access.user().displayName();
        event.comment = comment;
        event.persist();
        Evaluation.getEntityManager().flush();
        Evaluation.getEntityManager().refresh(event);
        var after = new LinkedHashMap<String, Object>();
        after.put("status", e.status.name());
        after.put("version", e.version);
        after.put("comment", comment);
        audit.record(action.name(), ENTITY, e.id, before, after);
        return ReviewView.of(e);
    }

    private void requireComplete(Evaluation e) {
        List<EvaluationIndicator> leaves = EvaluationIndicator.ofEvaluation(e.id).stream()
                .filter(i -> i.level == 3)
                .toList();
        if (leaves.isEmpty()) {
            throw Refusals.invalid("indicators", "评价没有三级指标，无法提交 (the evaluation has no level-3 indicators)");
        }
        var problems = new LinkedHashMap<String, String>();
        for (EvaluationIndicator i : leaves) {
            if (i.score() == null) {
                problems.put("indicators[" + i.id + "].score", "三级指标「" + i.name + "」尚未评分 (not scored yet)");
            }
        }
        Set<Long> withEvidence = indicatorsWithEvidence(
                leaves.stream().filter(i -> i.evidenceRequired).map(i -> i.id).toList());
        for (EvaluationIndicator i : leaves) {
            if (i.evidenceRequired && !withEvidence.contains(i.id)) {
                problems.putIfAbsent(
                        "indicators[" + i.id + "].evidence", "三级指标「" + i.name + "」须上传佐证资料 (evidence is required)");
            }
        }
        if (!problems.isEmpty()) {
            var fields = problems.entrySet().stream()
                    .map(p -> new ApiError.FieldError(p.getKey(), p.getValue()))
                    .toList();
            throw new ClientErrorException(Refusals.response(new ApiError(
                    400,
                    "incomplete",
                    "还有" + fields.size() + "项未完成，不能提交 (the evaluation is incomplete: " + fields.size()
                            + " indicator(s) need a score or evidence)",
                    fields)));
        }
    }

    /** The indicators (of those given) that have a current evidence file (table evidence_file). */
    @SuppressWarnings("unchecked")
    private static Set<Long> indicatorsWithEvidence(List<Long> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return Set.of();
        }
        List<Number> rows = Evaluation.getEntityManager()
                .createNativeQuery("select distinct owner_id from evidence_file where owner_kind = 'INDICATOR'"
                        + " and current and owner_id = any(cast(:ids as bigint[]))")
                .setParameter("ids", indicatorIds.toArray(Long[]::new))
                .getResultList();
        return rows.stream().map(Number::longValue).collect(Collectors.toSet());
    }

    private static ClientErrorException blockedBy(List<Finding> blocking) {
        var fields = new ArrayList<ApiError.FieldError>();
        for (Finding f : blocking) {
            fields.add(new ApiError.FieldError("findings." + f.code, f.message));
        }
        return new ClientErrorException(Refusals.response(new ApiError(
                409,
                "blocking_findings",
                "有" + blocking.size() + "项阻断性核查发现未处理，不能提交 (" + blocking.size()
                        + " blocking finding(s) must be fixed or explained before submission)",
                fields)));
    }

    private static List<EvaluatorInput> validGroup(List<EvaluatorInput> group) {
        if (group == null) {
            throw Refusals.invalid("evaluators", "请提供评价人员名单 (the list of evaluators is required)");
        }
        if (group.size() > MAX_EVALUATORS) {
            throw Refusals.invalid(
                    "evaluators", "评价人员不能超过" + MAX_EVALUATORS + "人 (at most " + MAX_EVALUATORS + " evaluators)");
        }
        var problems = new LinkedHashMap<String, String>();
        for (int i = 0; i < group.size(); i++) {
            EvaluatorInput m = group.get(i);
            if (m == null || m.name() == null || m.name().isBlank()) {
                problems.put("evaluators[" + i + "].name", "请填写姓名 (name is required)");
            } else if (m.name().strip().length() > 100) {
                problems.put("evaluators[" + i + "].name", "姓名过长 (name too long)");
            }
        }
        if (!problems.isEmpty()) {
            throw Refusals.invalid(problems);
        }
        long leaders =
                group.stream().filter(m -> Boolean.TRUE.equals(m.leader())).count();
        if (!group.isEmpty() && leaders != 1) {
            throw Refusals.invalid(
                    "leader",
                    "评价组须有且只有一名组长（现有" + leaders + "名） (the group needs exactly one leader; " + leaders + " given)");
        }
        return group;
    }

    private static void validOpinion(OpinionInput input) {
        if (input == null) {
            throw Refusals.invalid("opinion", Refusals.BODY_REQUIRED);
        }
        var problems = new LinkedHashMap<String, String>();
        if (input.opinion() == null || input.opinion().isBlank()) {
            problems.put("opinion", "请填写意见 (the opinion is required)");
        } else if (input.opinion().length() > 4000) {
            problems.put("opinion", "意见不能超过4000字 (opinion too long)");
        }
        if (input.signer() == null || input.signer().isBlank()) {
            problems.put("signer", "请填写负责人（签章人） (the signer is required)");
        }
        if (input.signedOn() == null) {
            problems.put("signedOn", "请填写签署日期 (the date signed is required)");
        } else if (input.signedOn().isAfter(LocalDate.now().plusDays(1))) {
            problems.put("signedOn", "签署日期不能晚于今天 (the date signed cannot be in the future)");
        }
        if (!problems.isEmpty()) {
            throw Refusals.invalid(problems);
        }
    }

    private static OpinionRole role(String name) {
        for (OpinionRole r : OpinionRole.values()) {
            if (r.name().equalsIgnoreCase(name)) {
                return r;
            }
        }
        throw Refusals.invalid("role", "意见类型应为 PROJECT_UNIT、COMPETENT_DEPARTMENT 或 FINANCE (unknown opinion role)");
    }

    private static void requireEditable(Evaluation e, String zh, String en) {
        if (!e.status.editable()) {
            throw Refusals.conflict(
                    "not_editable",
                    "评价" + e.status.label() + "，不能再" + zh + "（提交后不可修改） (the evaluation is "
                            + e.status.name().toLowerCase() + " and cannot be " + en + ")");
        }
    }

    private static void requireSubmitted(Evaluation e, String zh, String en) {
        if (e.status != EvaluationStatus.SUBMITTED) {
            throw Refusals.conflict(
                    "not_submitted",
                    "只有已提交的评价可以" + zh + "，当前状态：" + e.status.label() + " (only a submitted evaluation can be " + en
                            + ")");
        }
    }

    private static Integer version(ReviewStepInput input) {
        return input == null ? null : input.version();
    }

    private static String comment(ReviewStepInput input) {
        return input == null ? null : blankToNull(input.comment());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

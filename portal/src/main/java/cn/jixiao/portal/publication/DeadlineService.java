package cn.jixiao.portal.publication;

import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.audit.AuditTrail;
import cn.jixiao.portal.web.Refusals;
import cn.jixiao.portal.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The finance bureau's publication deadlines: read by everyone in the region, set, changed and removed
 * by its finance reviewers, every change audited.
 */
@ApplicationScoped
public class DeadlineService {
    static final String ENTITY = "PublicationDeadline";
    static final String NOT_FOUND = "公开时限不存在 (no such publication deadline)";

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Transactional
    public List<DeadlineView> list(Integer year) {
        return PublicationDeadline.listForYear(year).stream()
                .map(DeadlineView::of)
                .toList();
    }

    @Transactional
    public DeadlineView get(long id) {
        return DeadlineView.of(find(id));
    }

    @Transactional
    public DeadlineView create(DeadlineInput input) {
        requireSetter();
        check(input);
        if (PublicationDeadline.findFor(input.fiscalYear(), input.kind()).isPresent()) {
            throw Refusals.conflict(
                    "duplicate",
                    input.fiscalYear() + " 年度" + input.kind().label() + "的公开时限已设置，请修改原有时限 (a deadline for this"
                            + " year and kind exists; change it instead)");
        }
        var d = new PublicationDeadline();
        d.createdBy = access.actor();
        d.createdAt = OffsetDateTime.now();
        apply(d, input);
        d.persist();
        PublicationDeadline.getEntityManager().flush();
        var after = DeadlineView.of(d);
        audit.record("CREATE", ENTITY, d.id, null, after);
        return after;
    }

    @Transactional
    public DeadlineView update(long id, DeadlineInput input) {
        PublicationDeadline d = find(id);
        requireSetter();
        Versions.require(input.version(), d.version);
        check(input);
        var clash = PublicationDeadline.findFor(input.fiscalYear(), input.kind());
        if (clash.isPresent() && !clash.get().id.equals(id)) {
            throw Refusals.conflict("duplicate", "该年度该类型的公开时限已存在 (another deadline has this year and kind)");
        }
        var before = DeadlineView.of(d);
        apply(d, input);
        PublicationDeadline.getEntityManager().flush();
        var after = DeadlineView.of(d);
        audit.record("UPDATE", ENTITY, d.id, before, after);
        return after;
    }

    @Transactional
    public void delete(long id, int version) {
        PublicationDeadline d = find(id);
        requireSetter();
        Versions.require(version, d.version);
        var before = DeadlineView.of(d);
        d.delete();
        audit.record("DELETE", ENTITY, id, before, null);
    }

    private static PublicationDeadline find(long id) {
        return PublicationDeadline.<PublicationDeadline>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    private void apply(PublicationDeadline d, DeadlineInput input) {
        d.fiscalYear = input.fiscalYear();
        d.kind = input.kind();
        d.dueOn = input.dueOn();
        d.appliesTo = input.appliesTo() == null ? AppliesTo.EVALUATED : input.appliesTo();
        d.note = input.note() == null || input.note().isBlank()
                ? null
                : input.note().strip();
        d.updatedBy = access.actor();
        d.updatedAt = OffsetDateTime.now();
    }

    private void requireSetter() {
        if (!access.isFinanceReviewer()) {
            throw new ForbiddenException("只有财政审核人可以设置公开时限 (only a finance reviewer may set publication deadlines)");
        }
    }

    /** Reports of a year are published after its evaluations: the deadline lies in the year or the three after. */
    static void check(DeadlineInput input) {
        LocalDate earliest = LocalDate.of(input.fiscalYear(), 1, 2);
        LocalDate latest = LocalDate.of(input.fiscalYear() + 3, 12, 31);
        if (input.dueOn().isBefore(earliest) || input.dueOn().isAfter(latest)) {
            throw Refusals.invalid(
                    "dueOn",
                    "公开截止日期应在 " + earliest + " 至 " + latest + " 之间 (dueOn must lie between " + earliest + " and "
                            + latest + ")");
        }
    }
}

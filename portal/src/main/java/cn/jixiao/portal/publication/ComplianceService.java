package cn.jixiao.portal.publication;

import cn.jixiao.platform.publication.EvaluationKind;
import cn.jixiao.platform.publication.record.ComplianceState;
import cn.jixiao.platform.publication.record.Obligation;
import cn.jixiao.platform.publication.record.PublicationRecords;
import cn.jixiao.platform.tenancy.Tenancy;
import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.region.Today;
import cn.jixiao.portal.web.Paged;
import cn.jixiao.portal.web.Refusals;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import java.sql.Connection;
import java.sql.SQLException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 公开合规: per department and kind, whether the year's reports came out on time, late, not at all, or
 * are not due yet (the rule is the platform's {@link PublicationRecords}). Finance reviewers and the
 * region's admin see every department; a department's people their own department only.
 */
@ApplicationScoped
public class ComplianceService {
    /** The orders the list takes (sort=…), each then by department and kind. */
    static final Map<String, Comparator<ComplianceRow>> ORDERS = Map.of(
            "department", Comparator.comparing(ComplianceRow::departmentName, Collator.getInstance(Locale.CHINA)),
            "kind", Comparator.comparing(ComplianceRow::kind),
            "due", Comparator.comparing(ComplianceRow::due),
            "state", Comparator.comparing((ComplianceRow r) -> stateOrder(r.state())),
            "daysLate", Comparator.comparingLong(ComplianceRow::daysLate));

    @Inject
    Access access;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Today today;

    /** The year a compliance page opens on: the newest with a deadline, else last year (its reports are due now). */
    @Transactional
    public int defaultYear() {
        return PublicationDeadline.listForYear(null).stream()
                .map(d -> d.fiscalYear)
                .findFirst()
                .orElse(today.get().getYear() - 1);
    }

    /** Every row this user may see for the year, by department and kind. */
    @Transactional
    public List<ComplianceRow> rows(int year) {
        boolean wholeRegion = access.readsWholeRegion();
        Long own = access.ownDepartmentId().orElse(null);
        if (!wholeRegion && own == null) {
            throw new ForbiddenException("只有财政审核人、地区管理员和部门人员可以查看公开情况 (only finance reviewers, region admins and"
                    + " department staff may see publication compliance)");
        }
        return obligations(year).stream()
                .filter(o -> wholeRegion || o.departmentId() == own)
                .map(ComplianceRow::of)
                .toList();
    }

    /** The year's report: counts over all rows shown to this user, one page of the filtered, sorted rows. */
    @Transactional
    public ComplianceReport report(
            int year, String state, String kind, String sort, boolean descending, int page, int size) {
        List<ComplianceRow> all = rows(year);
        var byKind = new ArrayList<ComplianceCounts>();
        for (EvaluationKind k : EvaluationKind.values()) {
            var ofKind = all.stream().filter(r -> r.kind().equals(k.name())).toList();
            if (!ofKind.isEmpty()) {
                byKind.add(ComplianceCounts.of(k.name(), k.label(), ofKind));
            }
        }
        Comparator<ComplianceRow> order = ORDERS.get(sort);
        if (order == null) {
            throw Refusals.invalid(
                    "sort", "排序字段应为 " + String.join("、", ORDERS.keySet()) + " (sort must be one of these)");
        }
        if (descending) {
            order = order.reversed();
        }
        order = order.thenComparing(ORDERS.get("department")).thenComparing(ComplianceRow::kind);
        List<ComplianceRow> filtered = all.stream()
                .filter(r -> state == null || r.state().equals(state))
                .filter(r -> kind == null || r.kind().equals(kind))
                .sorted(order)
                .toList();
        int from = (int) Math.min((long) page * size, filtered.size());
        int to = Math.min(from + size, filtered.size());
        var deadlines = PublicationDeadline.listForYear(year).stream()
                .map(DeadlineView::of)
                .toList();
        return new ComplianceReport(
                year,
                deadlines,
                ComplianceCounts.of(null, "合计 All", all),
                byKind,
                new Paged<>(filtered.subList(from, to), filtered.size(), page, size, sort));
    }

    /** The region's obligations under every deadline of the year (all departments), judged today. */
    List<Obligation> obligations(Integer year) {
        String tenant = Tenancy.current().orElseThrow(() -> new ForbiddenException("请先选择地区 (choose a region)"));
        try (Connection connection = dataSource.getConnection()) {
            return PublicationRecords.load(connection, tenant, year, today.get());
        } catch (SQLException e) {
            throw new IllegalStateException("publication record look-up failed", e);
        }
    }

    /** Problems first: missing, late, pending, on time. */
    static int stateOrder(String state) {
        return switch (ComplianceState.valueOf(state)) {
            case MISSING -> 0;
            case LATE -> 1;
            case PENDING -> 2;
            case ON_TIME -> 3;
        };
    }
}

package cn.jixiao.portal.kiosk.summary;

import static cn.jixiao.portal.kiosk.NativeRows.date;
import static cn.jixiao.portal.kiosk.NativeRows.nullableLong;
import static cn.jixiao.portal.kiosk.NativeRows.num;
import static cn.jixiao.portal.kiosk.NativeRows.objects;
import static cn.jixiao.portal.kiosk.summary.SummaryScope.AWAITING_ACCEPTANCE;

import cn.jixiao.portal.kiosk.OverdueGroups.Due;
import cn.jixiao.portal.kiosk.OverdueGroups.Group;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The summary's SQL: one grouped pass over the counted devices (with their open faults, the year's
 * usage roll-up and fully paid contracts joined in) gives every count per point, type, buyer and in
 * total; the rest are short lists. Never reads the daily usage rows.
 */
public final class KioskSummaryQueries {
    private KioskSummaryQueries() {}

    /** Contracts whose payments up to asOf cover their (non-zero) amount. */
    private static final String PAID_CONTRACT = """
            paid_contract as (
                select p.contract_id
                from payment p join contract c on c.id = p.contract_id
                where p.tenant_id = :tenant and p.paid_on <= :asOf
                group by p.contract_id, c.amount
                having c.amount > 0 and sum(p.amount) >= c.amount)""";

    private static final String PAID = "(d.paid_on <= :asOf or pc.contract_id is not null)";

    /** grouping(point_id, type_id, department_id): which grouping set a row of {@link #figures} totals. */
    static final int BY_POINT = 3;

    static final int BY_TYPE = 5;
    static final int BY_DEPARTMENT = 6;
    static final int TOTAL = 7;

    /** A row of {@link #figures}: the grouping set, its key, and the counts. */
    record Figures(
            int set,
            Long key,
            long devices,
            long accepted,
            long inService,
            long paidNotAccepted,
            long openFaults,
            long transactions,
            long days) {}

    static List<Figures> figures(SummaryScope scope) {
        String sql = "with " + PAID_CONTRACT + """
                ,
                open_fault as (
                    select f.device_id, count(*) as faults
                    from device_fault f
                    where f.tenant_id = :tenant and f.opened_on <= :asOf and (f.closed_on is null or f.closed_on > :asOf)
                    group by f.device_id),
                counted as (
                    select d.point_id, d.type_id, d.department_id,
                        coalesce(d.accepted_on <= :asOf, false) and coalesce(d.retired_on > :asOf, true) as accepted,
                        coalesce(d.retired_on > :asOf, true)
                            and (coalesce(d.in_service_on <= :asOf, false)
                                 or (coalesce(d.trial_started_on <= :asOf, false)
                                     and coalesce(d.accepted_on > :asOf, true))) as in_use,
                        %s and %s as paid_not_accepted,
                        coalesce(f.faults, 0) as open_faults,
                        coalesce(u.transactions, 0) as transactions,
                        coalesce(u.days, 0) as days
                    from device d
                    left join paid_contract pc on pc.contract_id = d.contract_id
                    left join open_fault f on f.device_id = d.id
                    left join device_usage_year u on u.device_id = d.id and u.year = :year and u.tenant_id = :tenant
                    where %s)
                select grouping(point_id, type_id, department_id), coalesce(point_id, type_id, department_id),
                    count(*), count(*) filter (where accepted), count(*) filter (where in_use),
                    count(*) filter (where paid_not_accepted), sum(open_faults), sum(transactions), sum(days)
                from counted
                group by grouping sets ((point_id), (type_id), (department_id), ())
                """.formatted(AWAITING_ACCEPTANCE, PAID, scope.counted());
        return rows(scope, sql, true).stream()
                .map(r -> new Figures(
                        ((Number) r[0]).intValue(),
                        r[1] == null ? null : ((Number) r[1]).longValue(),
                        num(r[2]),
                        num(r[3]),
                        num(r[4]),
                        num(r[5]),
                        num(r[6]),
                        num(r[7]),
                        num(r[8])))
                .toList();
    }

    /** Devices awaiting acceptance after their trial began, under a contract with computable terms. */
    static List<Group> overdueCandidates(SummaryScope scope) {
        String sql = """
                select d.contract_id, d.trial_started_on, d.department_id, coalesce(c.trial_period, 'P0D'),
                    coalesce(c.acceptance_working_days, 0), count(*)
                from device d join contract c on c.id = d.contract_id
                where %s and %s and d.trial_started_on <= :asOf
                  -- as on the device page (AcceptanceDeadlines): a term left out counts as zero
                  and (c.trial_period is not null or c.acceptance_working_days is not null)
                group by d.contract_id, d.trial_started_on, d.department_id, c.trial_period, c.acceptance_working_days
                """.formatted(scope.counted(), AWAITING_ACCEPTANCE);
        return rows(scope, sql, false).stream()
                .map(r -> new Group(
                        num(r[0]), date(r[1]), num(r[2]), (String) r[3], ((Number) r[4]).intValue(), num(r[5])))
                .toList();
    }

    /** The first devices of the overdue (contract, trial start) pairs, longest overdue first. */
    static List<KioskSummary.OverdueAcceptance> overdueList(SummaryScope scope, List<Due> overdue) {
        if (overdue.isEmpty()) {
            return List.of();
        }
        String sql = """
                select d.id, d.code, d.point_id, sp.name, d.department_id, dep.name, d.trial_started_on, g.due_on
                from device d
                join unnest(cast(:contracts as bigint[]), cast(:trials as date[]), cast(:dues as date[]))
                    as g(contract_id, trial_started_on, due_on)
                    on g.contract_id = d.contract_id and g.trial_started_on = d.trial_started_on
                join department dep on dep.id = d.department_id
                left join service_point sp on sp.id = d.point_id
                where %s and %s
                order by g.due_on, d.code
                limit %d
                """.formatted(scope.counted(), AWAITING_ACCEPTANCE, KioskSummary.LIST_LIMIT);
        Query query = scope.bind(Panache.getEntityManager().createNativeQuery(sql), false)
                .setParameter(
                        "contracts", array(overdue.stream().map(Due::contractId).toList()))
                .setParameter(
                        "trials",
                        array(overdue.stream().map(Due::trialStartedOn).toList()))
                .setParameter("dues", array(overdue.stream().map(Due::dueOn).toList()));
        LocalDate asOf = scope.asOf();
        return objects(query).stream()
                .map(r -> {
                    LocalDate due = date(r[7]);
                    return new KioskSummary.OverdueAcceptance(
                            num(r[0]),
                            (String) r[1],
                            nullableLong(r[2]),
                            (String) r[3],
                            num(r[4]),
                            (String) r[5],
                            date(r[6]),
                            due,
                            due.until(asOf, ChronoUnit.DAYS));
                })
                .toList();
    }

    /** The first devices paid for (themselves, or by their contract in full) and not accepted. */
    static List<KioskSummary.PaidNotAccepted> paidNotAcceptedList(SummaryScope scope) {
        String sql = "with " + PAID_CONTRACT
                + """

                select d.id, d.code, d.point_id, sp.name, d.department_id, dep.name,
                    case when d.paid_on <= :asOf then d.paid_on end, d.contract_id, pc.contract_id is not null
                from device d
                left join paid_contract pc on pc.contract_id = d.contract_id
                join department dep on dep.id = d.department_id
                left join service_point sp on sp.id = d.point_id
                where %s and %s and %s
                order by d.code
                limit %d
                """.formatted(scope.counted(), AWAITING_ACCEPTANCE, PAID, KioskSummary.LIST_LIMIT);
        return rows(scope, sql, false).stream()
                .map(r -> new KioskSummary.PaidNotAccepted(
                        num(r[0]),
                        (String) r[1],
                        nullableLong(r[2]),
                        (String) r[3],
                        num(r[4]),
                        (String) r[5],
                        r[6] == null ? null : date(r[6]),
                        nullableLong(r[7]),
                        (Boolean) r[8]))
                .toList();
    }

    private static List<Object[]> rows(SummaryScope scope, String sql, boolean withYear) {
        return objects(scope.bind(Panache.getEntityManager().createNativeQuery(sql), withYear));
    }

    /** A PostgreSQL array literal ({1,2,3}); its elements are numbers or ISO dates, nothing to quote. */
    private static String array(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}

package cn.jixiao.portal.kiosk.summary;

import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which devices a summary counts and as of when: the region's devices the user may read, counted in
 * the year (ordered by asOf, not retired before the year began), optionally at one point only. Gives
 * the SQL conditions on a device alias {@code d} and binds their parameters.
 */
public record SummaryScope(
        String tenant,
        int year,
        LocalDate asOf,
        String readableSql,
        Optional<Long> ownDepartment,
        Optional<Long> pointId) {

    /** The year's last day, or today while the year is still running. */
    public static LocalDate asOf(int year, LocalDate today) {
        LocalDate end = LocalDate.of(year, 12, 31);
        return today.isBefore(end) ? today : end;
    }

    public LocalDate yearStart() {
        return LocalDate.of(year, 1, 1);
    }

    /** Counted in the year and readable (and at the point, when one is asked for). */
    String counted() {
        return "d.tenant_id = :tenant and d.ordered_on <= :asOf and (d.retired_on is null or d.retired_on >= :yearStart)"
                + " and " + readableSql + (pointId.isPresent() ? " and d.point_id = :point" : "");
    }

    /** Still waiting for acceptance at asOf: not accepted yet and not retired. */
    static final String AWAITING_ACCEPTANCE =
            "(d.accepted_on is null or d.accepted_on > :asOf)" + " and (d.retired_on is null or d.retired_on > :asOf)";

    /** Binds what {@link #counted()} uses; {@code withYear} also binds :year (the usage roll-up). */
    Query bind(Query query, boolean withYear) {
        query.setParameter("tenant", tenant).setParameter("asOf", asOf).setParameter("yearStart", yearStart());
        if (withYear) {
            query.setParameter("year", year);
        }
        ownDepartment.ifPresent(id -> query.setParameter("ownDepartment", id));
        pointId.ifPresent(id -> query.setParameter("point", id));
        return query;
    }
}

package cn.jixiao.portal.region;

import cn.jixiao.platform.tenancy.Tenancy;
import cn.jixiao.portal.web.Versions;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The version of a region's working calendar, a year at a time ({@code working_calendar_year}): the
 * calendar is saved as a whole year of days, so the year carries the version its editor read. A year
 * never saved shows {@link #NEVER_SAVED}.
 */
final class CalendarYears {
    static final int NEVER_SAVED = -1;

    private CalendarYears() {}

    /** The year's version as stored now. */
    static int version(int year) {
        List<?> rows = em().createNativeQuery("select version from working_calendar_year where year = :year")
                .setParameter("year", year)
                .getResultList();
        return rows.isEmpty() ? NEVER_SAVED : ((Number) rows.get(0)).intValue();
    }

    /**
     * Takes the year for a save by someone who read {@code given}: 400 without it, 409 when another save
     * came in between (the row stays locked until commit, so two saves at once are taken one after the
     * other and the second one sees the first). Returns the year's new version.
     */
    static int take(int year, Integer given) {
        List<?> rows = em().createNativeQuery("select version from working_calendar_year where year = :year for update")
                .setParameter("year", year)
                .getResultList();
        int stored = rows.isEmpty() ? NEVER_SAVED : ((Number) rows.get(0)).intValue();
        Versions.require(given, stored);
        if (rows.isEmpty()) {
            int inserted = em().createNativeQuery("insert into working_calendar_year (tenant_id, year, version)"
                            + " values (:tenant, :year, 0) on conflict do nothing")
                    .setParameter("tenant", Tenancy.current().orElseThrow())
                    .setParameter("year", year)
                    .executeUpdate();
            if (inserted == 0) {
                // another first save of the year committed meanwhile
                Versions.require(given, version(year));
            }
            return 0;
        }
        em().createNativeQuery("update working_calendar_year set version = version + 1 where year = :year")
                .setParameter("year", year)
                .executeUpdate();
        return stored + 1;
    }

    private static EntityManager em() {
        return CalendarDay.getEntityManager();
    }
}

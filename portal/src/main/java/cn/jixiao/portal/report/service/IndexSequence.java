package cn.jixiao.portal.report.service;

import cn.jixiao.platform.tenancy.Tenancy;
import cn.jixiao.portal.report.IndexNumbers;
import cn.jixiao.portal.web.Refusals;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The 索引号 sequence of the current region and a year. {@code insert … on conflict do update …
 * returning} takes the counter row's lock until the publishing transaction ends, so two publications
 * never get the same number, and a rolled-back one gives its number back.
 */
@ApplicationScoped
public class IndexSequence {

    @Transactional(Transactional.TxType.MANDATORY)
    public int next(int year) {
        Number last = (Number) Panache.getEntityManager()
                .createNativeQuery("""
                        insert into report_index_counter (tenant_id, year, last) values (:tenant, :year, 1)
                        on conflict (tenant_id, year) do update set last = report_index_counter.last + 1
                        returning last""")
                .setParameter("tenant", tenant())
                .setParameter("year", year)
                .getSingleResult();
        if (last.intValue() > IndexNumbers.MAX_SEQUENCE) {
            throw Refusals.conflict(
                    "index-exhausted", "本年度索引号已用完（999 个），请联系管理员 (the year's index numbers are used up)");
        }
        return last.intValue();
    }

    /**
     * Moves the counter to at least {@code sequence}, so the next number is above it: numbers given out
     * before the region used the portal (the demo sets it so its seeds get the numbers they printed).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void atLeast(int year, int sequence) {
        Panache.getEntityManager()
                .createNativeQuery("""
                        insert into report_index_counter (tenant_id, year, last) values (:tenant, :year, :seq)
                        on conflict (tenant_id, year) do update set last = greatest(report_index_counter.last, :seq)""")
                .setParameter("tenant", tenant())
                .setParameter("year", year)
                .setParameter("seq", sequence)
                .executeUpdate();
    }

    private static String tenant() {
        return Tenancy.current().orElseThrow(() -> new IllegalStateException("an index number belongs to a region"));
    }
}

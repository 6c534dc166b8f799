package cn.jixiao.tenantadmin.tenant;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Reads tenants with their region, parent region and number of departments. Runs as the platform
 * role, which sees every tenant's departments on purpose.
 */
@ApplicationScoped
public class TenantCatalog {
    private static final String SELECT = """
            select t.code, r.name, r.level, p.name as parent_name, t.slug, t.status, t.onboarded_at,
                   (select count(*) from department d where d.tenant_id = t.code) as department_count
            from tenant t
            join region r on r.code = t.code
            left join region p on p.code = r.parent_code
            """;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TenantSummary> list(TenantSort sort) {
        return list(sort, Optional.empty());
    }

    /** Every tenant, or those with {@code status}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TenantSummary> list(TenantSort sort, Optional<TenantStatus> status) {
        var query = Panache.getEntityManager()
                .createNativeQuery(SELECT + (status.isPresent() ? " where t.status = :status" : "") + " order by "
                        + sort.orderBy());
        status.ifPresent(s -> query.setParameter("status", s.name()));
        List<?> rows = query.getResultList();
        return rows.stream().map(row -> summary((Object[]) row)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TenantSummary> byCode(String code) {
        List<?> rows = Panache.getEntityManager()
                .createNativeQuery(SELECT + " where t.code = :code")
                .setParameter("code", code)
                .getResultList();
        return rows.stream().findFirst().map(row -> summary((Object[]) row));
    }

    private static TenantSummary summary(Object[] row) {
        return new TenantSummary(
                (String) row[0],
                (String) row[1],
                RegionLevel.valueOf((String) row[2]),
                (String) row[3],
                (String) row[4],
                TenantStatus.valueOf((String) row[5]),
                instant(row[6]),
                ((Number) row[7]).longValue());
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant instant -> instant;
            case OffsetDateTime time -> time.toInstant();
            case Timestamp timestamp -> timestamp.toInstant();
            case null -> null;
            default -> throw new IllegalStateException("unexpected timestamp type " + value.getClass());
        };
    }
}

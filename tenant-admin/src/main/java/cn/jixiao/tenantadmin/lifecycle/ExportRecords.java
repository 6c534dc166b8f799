package cn.jixiao.tenantadmin.lifecycle;

import cn.jixiao.tenantadmin.web.OperatorAudit;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** The exports streamed to the end: the offboarding's acknowledgement that the data left the platform. */
@ApplicationScoped
public class ExportRecords {
    @Inject
    OperatorAudit audit;

    @Inject
    ObjectMapper json;

    /** One finished export as the API and the page show it. */
    public record ExportView(
            long id, String madeBy, Instant madeAt, long sizeBytes, String sha256, int files, int reports) {}

    @Transactional
    public long record(String code, String actor, TenantExport.Written written) {
        String tables;
        try {
            tables = json.writeValueAsString(written.tables());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        long id = ((Number) Panache.getEntityManager()
                        .createNativeQuery(
                                "insert into tenant_export (tenant_id, made_by, size_bytes, sha256, tables, files, reports)"
                                        + " values (:code, :actor, :size, :sha, cast(:tables as jsonb), :files, :reports) returning id")
                        .setParameter("code", code)
                        .setParameter("actor", actor)
                        .setParameter("size", written.size())
                        .setParameter("sha", written.sha256())
                        .setParameter("tables", tables)
                        .setParameter("files", written.files())
                        .setParameter("reports", written.reports())
                        .getSingleResult())
                .longValue();
        audit.record(
                code,
                actor,
                "EXPORT",
                "Tenant",
                null,
                Map.of(
                        "exportId",
                        id,
                        "sizeBytes",
                        written.size(),
                        "sha256",
                        written.sha256(),
                        "tables",
                        written.tables()));
        return id;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ExportView> list(String code) {
        List<?> rows = Panache.getEntityManager()
                .createNativeQuery("select id, made_by, made_at, size_bytes, sha256, files, reports from tenant_export"
                        + " where tenant_id = :code order by made_at desc")
                .setParameter("code", code)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(r -> new ExportView(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        instant(r[2]),
                        ((Number) r[3]).longValue(),
                        (String) r[4],
                        ((Number) r[5]).intValue(),
                        ((Number) r[6]).intValue()))
                .toList();
    }

    static Instant instant(Object value) {
        return switch (value) {
            case Instant instant -> instant;
            case OffsetDateTime time -> time.toInstant();
            case Timestamp timestamp -> timestamp.toInstant();
            case null -> null;
            default -> throw new IllegalStateException("unexpected timestamp type " + value.getClass());
        };
    }
}

package cn.jixiao.portal.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.TenantId;

/** One change: who, when, what, and the record before and after (as JSON). */
@Entity
@Table(name = "audit_log")
public class AuditEntry extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    public OffsetDateTime at;

    public String actor;

    public String action;

    public String entity;

    @Column(name = "entity_id")
    public Long entityId;

    @ColumnTransformer(write = "?::jsonb")
    public String before;

    @ColumnTransformer(write = "?::jsonb")
    public String after;

    /** The entry's place in the region's hash chain; the database assigns it (trigger audit_log_chain). */
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(name = "prev_hash", insertable = false, updatable = false)
    public String prevHash;

    @Column(insertable = false, updatable = false)
    public String hash;

    public static List<AuditEntry> history(String entity, long entityId, int pageIndex, int pageSize) {
        return find("entity = ?1 and entityId = ?2", Sort.descending("at", "id"), entity, entityId)
                .page(Page.of(pageIndex, pageSize))
                .list();
    }
}

package cn.jixiao.portal.publication;

import cn.jixiao.platform.publication.EvaluationKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.TenantId;

/** 公开时限: the finance bureau's publication deadline for one fiscal year and report kind. */
@Entity
@Table(name = "publication_deadline")
public class PublicationDeadline extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Enumerated(EnumType.STRING)
    public EvaluationKind kind;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "applies_to")
    public AppliesTo appliesTo;

    public String note;

    @Column(name = "created_by", updatable = false)
    public String createdBy;

    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Version
    public int version;

    public static List<PublicationDeadline> listForYear(Integer year) {
        Sort order = Sort.by("fiscalYear", Sort.Direction.Descending).and("kind");
        return year == null ? listAll(order) : list("fiscalYear", order, year);
    }

    public static Optional<PublicationDeadline> findFor(int year, EvaluationKind kind) {
        return find("fiscalYear = ?1 and kind = ?2", year, kind).firstResultOptional();
    }
}

package cn.jixiao.portal.project;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.TenantId;

/** An evaluation firm assigned to a project: its evaluators who work in the region read the project. */
@Entity
@Table(name = "project_firm_assignment")
public class ProjectFirmAssignment extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "project_id", nullable = false, updatable = false)
    public Long projectId;

    @Column(name = "firm_alias", nullable = false)
    public String firmAlias;

    @Column(name = "firm_name", nullable = false)
    public String firmName;

    public static List<ProjectFirmAssignment> listForProject(long projectId) {
        return list("projectId", Sort.by("firmName"), projectId);
    }

    public static boolean exists(long projectId, String firmAlias) {
        return count("projectId = ?1 and firmAlias = ?2", projectId, firmAlias) > 0;
    }
}

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

/** A third-party evaluator assigned to a project: the only projects an evaluator may read. */
@Entity
@Table(name = "project_assignment")
public class ProjectAssignment extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "project_id", nullable = false, updatable = false)
    public Long projectId;

    public String username;

    public static List<ProjectAssignment> listForProject(long projectId) {
        return list("projectId", Sort.by("username"), projectId);
    }

    public static boolean exists(long projectId, String username) {
        return count("projectId = ?1 and username = ?2", projectId, username) > 0;
    }
}

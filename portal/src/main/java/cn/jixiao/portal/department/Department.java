package cn.jixiao.portal.department;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.hibernate.annotations.TenantId;

/** A department or unit (部门/单位) of one region. */
@Entity
@Table(name = "department")
public class Department extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @NotBlank
    @Size(max = 32)
    public String code;

    @NotBlank
    public String name;

    @Column(name = "short_name")
    public String shortName;

    @Enumerated(EnumType.STRING)
    public DepartmentKind kind = DepartmentKind.OTHER;

    /** The 部门 a 单位 belongs to, the town of a community; null for a top-level department. */
    @Column(name = "parent_id")
    public Long parentId;

    /** 预算编码: the code the budget books use for this unit. */
    @Column(name = "budget_code")
    @Size(max = 32)
    public String budgetCode;

    /** 组织机构代码 (e.g. 57980172-X): the first part of the 索引号 of the reports it publishes. */
    @Column(name = "org_code")
    public String orgCode;

    /** Deactivated departments keep their records but take no new ones. */
    public boolean active = true;

    @Version
    public int version;

    public static Optional<Department> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public static Optional<Department> findByBudgetCode(String budgetCode) {
        return find("budgetCode", budgetCode).firstResultOptional();
    }

    public static long countActiveChildren(long parentId) {
        return count("parentId = ?1 and active = true", parentId);
    }
}

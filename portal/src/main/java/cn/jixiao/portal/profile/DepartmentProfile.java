package cn.jixiao.portal.profile;

import cn.jixiao.portal.ratio.StaffFigures;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.TenantId;

/** What a department is in one year (部门概况): functions, internal units, staffing and vehicles. */
@Entity
@Table(name = "department_profile")
public class DepartmentProfile extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @NotNull
    @Column(name = "department_id", nullable = false, updatable = false)
    public Long departmentId;

    @Min(2000)
    @Max(2100)
    @Column(nullable = false, updatable = false)
    public int year;

    /** 主要职能 */
    public String functions;

    /** 内设机构 */
    @Column(name = "internal_units")
    public String internalUnits;

    /** 编制数: 行政 / 事业 */
    @Min(0)
    @Column(name = "staff_quota_administrative", nullable = false)
    public int staffQuotaAdministrative;

    @Min(0)
    @Column(name = "staff_quota_institutional", nullable = false)
    public int staffQuotaInstitutional;

    /** 实有人数: 行政 / 事业 */
    @Min(0)
    @Column(name = "staff_actual_administrative", nullable = false)
    public int staffActualAdministrative;

    @Min(0)
    @Column(name = "staff_actual_institutional", nullable = false)
    public int staffActualInstitutional;

    /** 车辆编制 / 实有车辆 */
    @Min(0)
    @Column(name = "vehicle_quota", nullable = false)
    public int vehicleQuota;

    @Min(0)
    @Column(name = "vehicles_actual", nullable = false)
    public int vehiclesActual;

    @Version
    public int version;

    public int staffQuota() {
        return staffQuotaAdministrative + staffQuotaInstitutional;
    }

    public int staffActual() {
        return staffActualAdministrative + staffActualInstitutional;
    }

    public StaffFigures staffFigures() {
        return new StaffFigures(staffQuota(), staffActual());
    }

    public static Optional<DepartmentProfile> findFor(long departmentId, int year) {
        return find("departmentId = ?1 and year = ?2", departmentId, year).firstResultOptional();
    }

    /** The years this department has a profile for, newest first. */
    public static List<Integer> yearsOf(long departmentId) {
        return getEntityManager()
                .createQuery(
                        "select p.year from DepartmentProfile p where p.departmentId = ?1 order by p.year desc",
                        Integer.class)
                .setParameter(1, departmentId)
                .getResultList();
    }

    public static List<DepartmentProfile> listForYear(int year) {
        return list("year", year);
    }
}

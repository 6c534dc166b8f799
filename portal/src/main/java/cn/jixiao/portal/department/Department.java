package cn.jixiao.portal.department;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
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

    @Version
    public int version;

    public static List<Department> listPage(DepartmentSort sort, int pageIndex, int pageSize) {
        return findAll(sort.toPanache()).page(Page.of(pageIndex, pageSize)).list();
    }

    public static Optional<Department> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public enum DepartmentSort {
        NAME("name"),
        CODE("code"),
        KIND("kind");

        private final String column;

        DepartmentSort(String column) {
            this.column = column;
        }

        Sort toPanache() {
            return Sort.by(column).and("id");
        }

        public static DepartmentSort parse(String value) {
            for (DepartmentSort sort : values()) {
                if (sort.name().equalsIgnoreCase(value)) {
                    return sort;
                }
            }
            return NAME;
        }
    }
}

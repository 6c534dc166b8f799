package cn.jixiao.portal.project;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
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
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/** A budget project (项目) of one department, with its funds by level, entries, changes and contracts. */
@Entity
@Table(name = "project")
public class Project extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @NotNull
    @Column(name = "department_id", updatable = false)
    public Long departmentId;

    @NotBlank
    public String name;

    @Column(name = "budget_code")
    public String budgetCode;

    @Column(name = "owner_name")
    public String ownerName;

    public String contact;

    public String address;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    public String goals;

    public int year;

    @Enumerated(EnumType.STRING)
    public ProjectStatus status = ProjectStatus.ACTIVE;

    /**
     * The 政府支出经济分类 codes the project's budget line allows (a class allows its items); null = not
     * stated, and the books checks then question none of its entries.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "economic_classes")
    public List<String> economicClasses;

    @Version
    public int version;

    /** One page of the projects a filter allows, in the order asked for. */
    public static List<Project> listPage(ProjectFilter filter, ProjectSort sort, int pageIndex, int pageSize) {
        return find(filter.query(), sort.toPanache(), filter.parameters())
                .page(Page.of(pageIndex, pageSize))
                .list();
    }

    public static long countMatching(ProjectFilter filter) {
        return count(filter.query(), filter.parameters());
    }

    public static boolean budgetCodeTaken(String budgetCode, int year, Long exceptId) {
        return count(
                        "budgetCode = :code and year = :year and id <> :except",
                        Parameters.with("code", budgetCode)
                                .and("year", year)
                                .and("except", exceptId == null ? -1L : exceptId))
                > 0;
    }

    public static List<Project> listForDepartment(long departmentId) {
        return list("departmentId", Sort.by("year").descending().and("name"), departmentId);
    }

    public enum ProjectSort {
        NAME("name", false),
        YEAR("year", true),
        CODE("budgetCode", false);

        private final String column;
        private final boolean descending;

        ProjectSort(String column, boolean descending) {
            this.column = column;
            this.descending = descending;
        }

        Sort toPanache() {
            Sort sort = descending ? Sort.descending(column) : Sort.ascending(column);
            return sort.and("name").and("id");
        }

        public static ProjectSort parse(String value) {
            for (ProjectSort sort : values()) {
                if (sort.name().equalsIgnoreCase(value)) {
                    return sort;
                }
            }
            return YEAR;
        }
    }
}

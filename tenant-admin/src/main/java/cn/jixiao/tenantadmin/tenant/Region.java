package cn.jixiao.tenantadmin.tenant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;

/**
 * A region of the national division code table (GB/T 2260). Regions are platform-wide data, not
 * owned by a tenant, so there is no {@code @TenantId} here.
 */
@Entity
@Table(name = "region")
public class Region extends PanacheEntityBase {
    @Id
    @Pattern(regexp = "^[0-9]{6}$")
    public String code;

    @NotBlank
    public String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    public RegionLevel level;

    @Column(name = "parent_code")
    public String parentCode;

    public static Optional<Region> byCode(String code) {
        return findByIdOptional(code);
    }

    public static Region of(String code, String name, RegionLevel level, String parentCode) {
        var region = new Region();
        region.code = code;
        region.name = name;
        region.level = level;
        region.parentCode = parentCode;
        return region;
    }
}

package cn.jixiao.tenantadmin.identity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/** A region's identity on the public site (the footer of its pages). Platform data: tenant-admin keeps every region's. */
@Entity
@Table(name = "region_identity")
public class RegionIdentity extends PanacheEntityBase {
    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    /** 主办单位. */
    public String sponsor;

    /** 网站标识码: 10 digits or letters. */
    @Column(name = "site_code")
    public String siteCode;

    /** ICP备案号, e.g. 京ICP备12345678号-1. */
    @Column(name = "icp_record")
    public String icpRecord;

    /** 公安备案号, e.g. 京公网安备11010502030143号. */
    @Column(name = "police_record")
    public String policeRecord;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_address")
    public String contactAddress;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Version
    public int version;

    public static Optional<RegionIdentity> of(String code) {
        return findByIdOptional(code);
    }
}

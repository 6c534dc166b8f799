package cn.jixiao.tenantadmin.bulk;

import cn.jixiao.tenantadmin.tenant.RegionLevel;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One region of a bulk onboarding, with the request it is onboarded with and how that went. */
@Entity
@Table(name = "bulk_onboarding_item")
public class BulkItem extends PanacheEntityBase {
    public enum State {
        PENDING("待开通", "pending"),
        DONE("已开通", "onboarded"),
        EXISTING("此前已开通", "already onboarded"),
        FAILED("失败", "failed");

        private final String label;
        private final String english;

        State(String label, String english) {
            this.label = label;
            this.english = english;
        }

        public String label() {
            return label;
        }

        public String english() {
            return english;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "job_id")
    public long jobId;

    public int seq;

    @Column(name = "row_no")
    public int rowNo;

    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public RegionLevel level;

    @Column(name = "parent_code")
    public String parentCode;

    @Column(name = "parent_name")
    public String parentName;

    public String slug;

    @Column(name = "admin_username")
    public String adminUsername;

    @Column(name = "admin_email")
    public String adminEmail;

    @Enumerated(EnumType.STRING)
    public State state;

    public String message;

    @Column(name = "finished_at")
    public Instant finishedAt;
}

package cn.jixiao.tenantadmin.bulk;

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
import java.time.Instant;
import org.hibernate.annotations.ColumnTransformer;

/** One uploaded code list: previewed, then run (and run again after a stop) until every item is done. */
@Entity
@Table(name = "bulk_onboarding")
public class BulkJob extends PanacheEntityBase {
    public enum Status {
        PREVIEW("待确认", "preview"),
        RUNNING("进行中", "running"),
        STOPPED("已中断", "stopped"),
        FINISHED("已完成", "finished");

        private final String label;
        private final String english;

        Status(String label, String english) {
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

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Enumerated(EnumType.STRING)
    public Status status;

    /** The file's bad rows as JSON. */
    @ColumnTransformer(write = "cast(? as jsonb)")
    public String problems;

    /** Rows left out on purpose, as JSON. */
    @ColumnTransformer(write = "cast(? as jsonb)")
    public String skipped;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "stop_reason")
    public String stopReason;

    @Version
    public int version;
}

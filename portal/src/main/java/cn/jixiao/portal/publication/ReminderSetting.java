package cn.jixiao.portal.publication;

import cn.jixiao.platform.tenancy.Tenancy;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The region's reminder thresholds: how many days before a deadline its departments are reminded. */
@Entity
@Table(name = "publication_setting")
public class ReminderSetting extends PanacheEntityBase {
    /** Ten days and three days before, unless the region sets its own. */
    public static final List<Integer> DEFAULT_DAYS = List.of(10, 3);

    /** The version a form shows while the region has no row yet. */
    public static final int NOT_SET = -1;

    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "reminder_days")
    public Integer[] reminderDays;

    /** A wrapper, so a new row (null) is told apart from a stored one: the id is assigned. */
    @Version
    public Integer version;

    public static Optional<ReminderSetting> current() {
        return Tenancy.current().flatMap(code -> ReminderSetting.<ReminderSetting>findByIdOptional(code));
    }

    /** The current region's thresholds, largest first. */
    public static List<Integer> days() {
        List<Integer> days = current().map(s -> Arrays.asList(s.reminderDays)).orElse(DEFAULT_DAYS);
        return days.stream().sorted((a, b) -> b - a).toList();
    }
}

package cn.jixiao.portal.publication;

import cn.jixiao.platform.publication.record.ComplianceState;
import cn.jixiao.platform.tenancy.Tenancy;
import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.region.Today;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * The reminders the home page shows (as {@code inject:publicationReminders.forMe}): the reports this person's
 * department owes (a finance reviewer: every department's) that are not published and fall due within the
 * region's largest reminder threshold, soonest first.
 */
@Named("publicationReminders")
@RequestScoped
public class UpcomingDeadlines {
    @Inject
    Access access;

    @Inject
    ComplianceService compliance;

    @Inject
    Today today;

    /** One report due soon. */
    @TemplateData
    public record Upcoming(
            long departmentId,
            String departmentName,
            int fiscalYear,
            String kind,
            String kindLabel,
            LocalDate due,
            long daysLeft) {}

    private List<Upcoming> cached;

    @Transactional
    public List<Upcoming> forMe() {
        if (cached == null) {
            cached = load();
        }
        return cached;
    }

    private List<Upcoming> load() {
        if (Tenancy.current().isEmpty()) {
            return List.of();
        }
        boolean wholeRegion = access.readsWholeRegion();
        Long own = access.ownDepartmentId().orElse(null);
        if (!wholeRegion && own == null) {
            return List.of();
        }
        LocalDate on = today.get();
        int window = ReminderSetting.days().stream()
                .mapToInt(Integer::intValue)
                .max()
                .orElse(10);
        return compliance.obligations(null).stream()
                .filter(o -> o.state() == ComplianceState.PENDING)
                .filter(o -> wholeRegion || o.departmentId() == own)
                .map(o -> new Upcoming(
                        o.departmentId(),
                        o.departmentName(),
                        o.fiscalYear(),
                        o.kind().name(),
                        o.kind().label(),
                        o.due(),
                        ChronoUnit.DAYS.between(on, o.due())))
                .filter(u -> u.daysLeft() <= window)
                .sorted(Comparator.comparing(Upcoming::due).thenComparing(Upcoming::departmentName))
                .toList();
    }
}

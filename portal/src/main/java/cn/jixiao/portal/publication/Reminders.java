package cn.jixiao.portal.publication;

import cn.jixiao.platform.publication.record.ComplianceState;
import cn.jixiao.platform.publication.record.Obligation;
import cn.jixiao.platform.tenancy.Tenancy;
import cn.jixiao.portal.region.Today;
import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Reminders before a publication deadline: each day (and when a finance reviewer asks), every department
 * that owes a report not yet published and due within one of the region's thresholds (10 and 3 days by
 * default) is reminded once per deadline and threshold: the row in publication_reminder is written
 * first, so a restart or a second run never reminds again. A department whose reminder address is kept
 * gets a mail where a mail server is configured; the portal's home page shows the same reminders live.
 */
@ApplicationScoped
public class Reminders {
    private static final String RECORD = """
            insert into publication_reminder (tenant_id, deadline_id, department_id, threshold_days, due_on)
            values (?, ?, ?, ?, ?) on conflict do nothing""";

    @Inject
    ComplianceService compliance;

    @Inject
    ReminderMail mail;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Today today;

    @Scheduled(
            identity = "publication-reminders",
            cron = "{jixiao.publication.reminders.cron}",
            timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @ActivateRequestContext
    void daily() {
        LocalDate on = today.get();
        for (String tenant : activeTenants()) {
            try {
                ReminderRun run = Tenancy.runAs(
                        tenant, () -> QuarkusTransaction.requiringNew().call(() -> remind(on)));
                if (!run.sent().isEmpty()) {
                    Log.infof(
                            "publication reminders in %s: %d issued",
                            tenant, run.sent().size());
                }
            } catch (Exception e) {
                Log.warnf(e, "publication reminders in %s failed", tenant);
            }
        }
    }

    /** Issues the current region's reminders due on {@code on} that were not issued before. */
    @Transactional
    public ReminderRun remind(LocalDate on) {
        List<Integer> days = ReminderSetting.days();
        String tenant = Tenancy.current().orElseThrow();
        var sent = new ArrayList<ReminderRun.Sent>();
        for (Obligation o : compliance.obligations(null)) {
            long daysLeft = ChronoUnit.DAYS.between(on, o.due());
            if (o.state() != ComplianceState.PENDING || daysLeft < 0) {
                continue;
            }
            var crossed = days.stream().filter(t -> daysLeft <= t).toList();
            var fresh = new ArrayList<Integer>();
            for (int threshold : crossed) {
                if (record(tenant, o, threshold)) {
                    fresh.add(threshold);
                }
            }
            if (fresh.isEmpty()) {
                continue;
            }
            String mailedTo = mailed(o, daysLeft);
            sent.add(new ReminderRun.Sent(
                    o.deadlineId(),
                    o.departmentId(),
                    o.departmentName(),
                    o.fiscalYear(),
                    o.kind().name(),
                    o.due(),
                    daysLeft,
                    fresh,
                    mailedTo));
        }
        return new ReminderRun(on, days, sent);
    }

    /** The address mailed, or null when mail is off, the department has no address, or the server refused. */
    private String mailed(Obligation o, long daysLeft) {
        if (!mail.enabled()) {
            return null;
        }
        PublicationContact contact = PublicationContact.findById(o.departmentId());
        if (contact == null || !mail.send(contact.email, o, daysLeft)) {
            return null;
        }
        PublicationContact.getEntityManager()
                .createNativeQuery("update publication_reminder set mailed_to = ?1 where deadline_id = ?2"
                        + " and department_id = ?3 and mailed_to is null")
                .setParameter(1, contact.email)
                .setParameter(2, o.deadlineId())
                .setParameter(3, o.departmentId())
                .executeUpdate();
        return contact.email;
    }

    /** Records the reminder; false when it was issued before. */
    private boolean record(String tenant, Obligation o, int threshold) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(RECORD)) {
            s.setString(1, tenant);
            s.setLong(2, o.deadlineId());
            s.setLong(3, o.departmentId());
            s.setInt(4, threshold);
            s.setObject(5, o.due());
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("recording a reminder failed", e);
        }
    }

    private List<String> activeTenants() {
        var tenants = new ArrayList<String>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("select code from tenant where status = 'ACTIVE' order by code");
                ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                tenants.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("listing the regions failed", e);
        }
        return tenants;
    }
}

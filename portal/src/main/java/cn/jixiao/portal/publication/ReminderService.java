package cn.jixiao.portal.publication;

import cn.jixiao.platform.tenancy.Tenancy;
import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.audit.AuditTrail;
import cn.jixiao.portal.department.Department;
import cn.jixiao.portal.region.Today;
import cn.jixiao.portal.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * The reminder settings: the region's thresholds (its finance reviewers set them), each department's
 * reminder address (the department's own editors or a finance reviewer), and a run on demand.
 */
@ApplicationScoped
public class ReminderService {
    static final String SETTINGS = "PublicationReminderSettings";
    static final String CONTACT = "PublicationContact";
    /** The version a department without a reminder address shows, and a first save sends back. */
    static final int NO_CONTACT = -1;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    ReminderConfig config;

    @Inject
    Reminders reminders;

    @Inject
    Today today;

    @Transactional
    public ReminderSettingsView settings() {
        return ReminderSetting.current()
                .map(this::view)
                .orElse(new ReminderSettingsView(
                        ReminderSetting.DEFAULT_DAYS, false, config.mail(), ReminderSetting.NOT_SET));
    }

    @Transactional
    public ReminderSettingsView updateSettings(ReminderSettingsInput input) {
        requireFinanceReviewer("提醒天数");
        var stored = ReminderSetting.current();
        Versions.require(input.version(), stored.map(s -> s.version).orElse(ReminderSetting.NOT_SET));
        var before = stored.map(this::view).orElse(null);
        ReminderSetting setting = stored.orElseGet(() -> {
            var created = new ReminderSetting();
            created.tenantId = Tenancy.current().orElseThrow();
            return created;
        });
        setting.reminderDays =
                input.reminderDays().stream().distinct().sorted((a, b) -> b - a).toArray(Integer[]::new);
        setting.persist();
        ReminderSetting.getEntityManager().flush();
        var after = view(setting);
        audit.record("UPDATE", SETTINGS, null, before, after);
        return after;
    }

    @Transactional
    public ContactView contact(long departmentId) {
        department(departmentId);
        access.requireReadDepartment(departmentId);
        PublicationContact c = PublicationContact.findById(departmentId);
        return c == null ? new ContactView(departmentId, null, NO_CONTACT) : view(c);
    }

    @Transactional
    public ContactView updateContact(long departmentId, ContactInput input) {
        department(departmentId);
        if (!access.isFinanceReviewer() && !access.canEditDepartment(departmentId)) {
            throw new ForbiddenException("只有本部门填报人或财政审核人可以设置提醒邮箱 (only the department's editors or a finance reviewer"
                    + " may set its reminder address)");
        }
        PublicationContact c = PublicationContact.findById(departmentId);
        Versions.require(input.version(), c == null ? NO_CONTACT : c.version);
        var before = c == null ? null : view(c);
        if (c == null) {
            c = new PublicationContact();
            c.departmentId = departmentId;
        }
        c.email = input.email().strip();
        c.updatedBy = access.actor();
        c.updatedAt = OffsetDateTime.now();
        Versions.persistAndFlush(c);
        var after = view(c);
        audit.record("UPDATE", CONTACT, departmentId, before, after);
        return after;
    }

    /** Issues today's reminders of the region now (finance reviewer); reminders issued before are not repeated. */
    @Transactional
    public ReminderRun runNow() {
        requireFinanceReviewer("提醒");
        return reminders.remind(today.get());
    }

    private static void department(long id) {
        if (Department.findByIdOptional(id).isEmpty()) {
            throw new NotFoundException("部门不存在 (department not found)");
        }
    }

    private void requireFinanceReviewer(String what) {
        if (!access.isFinanceReviewer()) {
            throw new ForbiddenException("只有财政审核人可以设置" + what + " (only a finance reviewer may do this)");
        }
    }

    private ReminderSettingsView view(ReminderSetting s) {
        List<Integer> days =
                Arrays.stream(s.reminderDays).sorted((a, b) -> b - a).toList();
        return new ReminderSettingsView(days, true, config.mail(), s.version);
    }

    private static ContactView view(PublicationContact c) {
        return new ContactView(c.departmentId, c.email, c.version);
    }
}

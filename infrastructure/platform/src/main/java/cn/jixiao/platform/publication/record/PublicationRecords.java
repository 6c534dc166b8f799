package cn.jixiao.platform.publication.record;

import cn.jixiao.platform.calendar.WorkingCalendar;
import cn.jixiao.platform.publication.EvaluationKind;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A region's publication record, shared by the portal (compliance view, reminders) and the public site
 * (the region's record), so both judge alike. Who owes what: every department with an approved
 * evaluation or a published report of the deadline's year and kind, and, for a deadline that applies
 * to budget units, every bureau and centre of the region. A report counts from its first publication
 * (a later withdrawal does not undo that it was published then).
 *
 * <p>The rule: a report is due by the earlier of the bureau's deadline and the legal date, 20 working
 * days (in the region's calendar) after the evaluation's approval (政府信息公开条例 Art. 26).
 */
public final class PublicationRecords {
    /** 政府信息公开条例 Art. 26: within 20 working days of the information being formed. */
    public static final int LEGAL_WORKING_DAYS = 20;

    private static final String CALENDAR = "select day, kind from working_calendar_day where tenant_id = ?";

    private static final String OBLIGATIONS = """
            with d as (
                select id, fiscal_year, kind, due_on, applies_to from publication_deadline
                 where tenant_id = ? and (?::int is null or fiscal_year = ?)),
            ev as (
                select e.department_id, e.year, e.kind,
                       min((e.decided_at at time zone 'Asia/Shanghai')::date) as ready_on
                  from evaluation e
                 where e.tenant_id = ? and e.status = 'APPROVED' and e.decided_at is not null
                 group by 1, 2, 3),
            rp as (
                select r.department_id, r.fiscal_year, r.kind, min(r.published_on) as first_on, count(*) as n,
                       (array_agg(r.id order by r.published_on, r.id))[1] as first_id
                  from report r
                 where r.tenant_id = ? and r.status <> 'DRAFT' and r.department_id is not null
                 group by 1, 2, 3),
            owed as (
                select d.id as deadline_id, ev.department_id from d join ev on ev.year = d.fiscal_year and ev.kind = d.kind
                union
                select d.id, rp.department_id from d join rp on rp.fiscal_year = d.fiscal_year and rp.kind = d.kind
                union
                select d.id, dep.id from d join department dep
                    on dep.tenant_id = ? and dep.kind in ('BUREAU', 'CENTER') and d.applies_to = 'BUDGET_UNITS')
            select d.id, d.fiscal_year, d.kind, d.due_on, dep.id, dep.name, ev.ready_on, rp.first_on, rp.first_id,
                   coalesce(rp.n, 0)
              from owed o
              join d on d.id = o.deadline_id
              join department dep on dep.id = o.department_id
              left join ev on ev.department_id = o.department_id and ev.year = d.fiscal_year and ev.kind = d.kind
              left join rp on rp.department_id = o.department_id and rp.fiscal_year = d.fiscal_year and rp.kind = d.kind
             order by d.fiscal_year desc, d.kind, dep.name, dep.id""";

    private PublicationRecords() {}

    /** The legal latest publication date of information ready on {@code readyOn}. */
    public static LocalDate legalDue(LocalDate readyOn, WorkingCalendar calendar) {
        return calendar.plusWorkingDays(readyOn, LEGAL_WORKING_DAYS);
    }

    /** How a department's report stands on {@code today}. */
    public static Obligation judge(
            long deadlineId,
            long departmentId,
            String departmentName,
            int fiscalYear,
            EvaluationKind kind,
            LocalDate bureauDue,
            LocalDate readyOn,
            LocalDate publishedOn,
            Long reportId,
            int reports,
            WorkingCalendar calendar,
            LocalDate today) {
        LocalDate legalDue = readyOn == null ? null : legalDue(readyOn, calendar);
        LocalDate due = legalDue != null && legalDue.isBefore(bureauDue) ? legalDue : bureauDue;
        ComplianceState state;
        long late = 0;
        if (publishedOn != null) {
            late = Math.max(0, ChronoUnit.DAYS.between(due, publishedOn));
            state = late > 0 ? ComplianceState.LATE : ComplianceState.ON_TIME;
        } else if (today.isAfter(due)) {
            state = ComplianceState.MISSING;
            late = ChronoUnit.DAYS.between(due, today);
        } else {
            state = ComplianceState.PENDING;
        }
        return new Obligation(
                deadlineId,
                departmentId,
                departmentName,
                fiscalYear,
                kind,
                bureauDue,
                readyOn,
                legalDue,
                due,
                publishedOn,
                reportId,
                reports,
                state,
                late);
    }

    /** The region's working calendar as configured (weekends are rest days where nothing is configured). */
    public static WorkingCalendar calendar(Connection connection, String tenant) throws SQLException {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        try (PreparedStatement s = connection.prepareStatement(CALENDAR)) {
            s.setString(1, tenant);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    LocalDate day = rows.getObject(1, LocalDate.class);
                    ("HOLIDAY".equals(rows.getString(2)) ? holidays : workdays).add(day);
                }
            }
        }
        return new WorkingCalendar(holidays, workdays);
    }

    /**
     * Every report the region's departments owe under its deadlines (of one year, or all years when
     * {@code year} is null), judged on {@code today}; newest year first, then kind, then department name.
     */
    public static List<Obligation> load(Connection connection, String tenant, Integer year, LocalDate today)
            throws SQLException {
        WorkingCalendar calendar = calendar(connection, tenant);
        var result = new ArrayList<Obligation>();
        try (PreparedStatement s = connection.prepareStatement(OBLIGATIONS)) {
            s.setString(1, tenant);
            if (year == null) {
                s.setNull(2, Types.INTEGER);
                s.setNull(3, Types.INTEGER);
            } else {
                s.setInt(2, year);
                s.setInt(3, year);
            }
            s.setString(4, tenant);
            s.setString(5, tenant);
            s.setString(6, tenant);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    Date ready = rows.getDate(7);
                    Date published = rows.getDate(8);
                    long firstId = rows.getLong(9);
                    Long reportId = rows.wasNull() ? null : firstId;
                    result.add(judge(
                            rows.getLong(1),
                            rows.getLong(5),
                            rows.getString(6),
                            rows.getInt(2),
                            EvaluationKind.valueOf(rows.getString(3)),
                            rows.getObject(4, LocalDate.class),
                            ready == null ? null : ready.toLocalDate(),
                            published == null ? null : published.toLocalDate(),
                            reportId,
                            rows.getInt(10),
                            calendar,
                            today));
                }
            }
        }
        return result;
    }
}

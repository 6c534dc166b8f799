package cn.jixiao.portal.publication;

import static cn.jixiao.portal.project.ProjectFixtures.as;
import static cn.jixiao.portal.project.ProjectFixtures.insert;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Deadlines set through the API, and the reports and approvals they judge, written as the owner and removed after. */
final class PublicationFixtures {
    static final String YIJINHUOLUO = "150627";

    private PublicationFixtures() {}

    static Map<String, Object> deadline(int year, String kind, LocalDate dueOn, String appliesTo) {
        var body = new HashMap<String, Object>();
        body.put("fiscalYear", year);
        body.put("kind", kind);
        body.put("dueOn", dueOn == null ? null : dueOn.toString());
        body.put("appliesTo", appliesTo);
        body.put("note", "测试时限");
        return body;
    }

    static long createDeadline(String token, int year, String kind, LocalDate dueOn, String appliesTo) {
        Number id = as(token)
                .body(deadline(year, kind, dueOn, appliesTo))
                .post("/api/publication/deadlines")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return id.longValue();
    }

    /** A published report of a department (by code) for a year and kind, first published on the given day. */
    static long publishedReport(
            AgroalDataSource owner, String tenant, String department, int year, String kind, LocalDate on)
            throws SQLException {
        return insert(
                owner,
                "insert into report (tenant_id, department_id, title, publisher, index_no, published_on, fiscal_year, kind,"
                        + " scope, summary, body) select ?, d.id, '测试报告', d.name, ?, ?, ?, ?, 'DEPARTMENT', '测试', '测试'"
                        + " from department d where d.tenant_id = ? and d.code = ?",
                tenant,
                "TEST-" + department + "-" + year + "-" + kind,
                on,
                year,
                kind,
                tenant,
                department);
    }

    /** An approved evaluation of a department's whole spending, decided at 10:00 China time on the given day. */
    static long approvedEvaluation(
            AgroalDataSource owner, String tenant, String department, int year, String kind, LocalDate on)
            throws SQLException {
        return insert(
                owner,
                "insert into evaluation (tenant_id, department_id, year, kind, status, created_by, decided_by, decided_at)"
                        + " select ?, d.id, ?, ?, 'APPROVED', 'deadline-test', 'deadline-test',"
                        + " (?::date + time '10:00') at time zone 'Asia/Shanghai'"
                        + " from department d where d.tenant_id = ? and d.code = ?",
                tenant,
                year,
                kind,
                on,
                tenant,
                department);
    }

    /** Removes the year's test reports, approvals and deadlines (every region). */
    static void removeYear(AgroalDataSource owner, int year) throws SQLException {
        execute(
                owner,
                "delete from publication_event where report_id in (select id from report where fiscal_year = ?"
                        + " and index_no like 'TEST-%')",
                year);
        execute(owner, "delete from report where fiscal_year = ? and index_no like 'TEST-%'", year);
        execute(owner, "delete from evaluation where year = ? and created_by = 'deadline-test'", year);
        execute(owner, "delete from publication_deadline where fiscal_year = ?", year);
    }

    static void execute(AgroalDataSource owner, String sql, Object... args) throws SQLException {
        try (Connection c = owner.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.execute();
        }
    }
}

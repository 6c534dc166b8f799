package cn.jixiao.portal.report.service;

import cn.jixiao.platform.publication.ReportStatus;
import cn.jixiao.portal.report.Report;
import cn.jixiao.portal.web.Refusals;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;

/**
 * Who may do what with a report. Another region's report is a 404 like a missing one (the tenancy
 * locks hide it); inside the region a finance reviewer or admin reads every report, a department its
 * own; the department's editors write and publish their drafts; a published report is withdrawn by its
 * department or a finance reviewer.
 */
final class ReportRights {
    static final String NOT_FOUND = "报告不存在 (report not found)";

    private ReportRights() {}

    static Report find(long id) {
        return Report.<Report>findByIdOptional(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    static Report readable(Caller caller, long id) {
        Report r = find(id);
        if (!caller.reads(r.departmentId)) {
            throw new ForbiddenException("无权查看该报告 (you may not read this report)");
        }
        return r;
    }

    /** A draft its department's editor may change or publish. */
    static Report editableDraft(Caller caller, long id) {
        Report r = readable(caller, id);
        if (!caller.editsFor(r.departmentId)) {
            throw new ForbiddenException(
                    "只有本部门的填报人可以编辑和发布报告 (only the department's editors may edit and publish its report)");
        }
        if (r.status != ReportStatus.DRAFT) {
            throw Refusals.conflict("not-draft", "报告已发布或已撤回，不能再修改 (the report is no longer a draft)");
        }
        return r;
    }

    static boolean mayWithdraw(Caller caller, Report r) {
        return caller.editsFor(r.departmentId) || caller.financeReviewer();
    }
}

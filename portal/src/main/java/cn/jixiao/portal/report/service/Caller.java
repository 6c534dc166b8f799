package cn.jixiao.portal.report.service;

/**
 * Who acts on a report and what they may do in the region: built from the signed-in user by
 * {@code ReportCallers}, or for a department by the demo loader.
 *
 * @param departmentId the department the person edits for (null: none)
 * @param readsWholeRegion finance reviewers and the region's admins read every report
 * @param financeReviewer may withdraw any report of the region
 */
public record Caller(String username, Long departmentId, boolean readsWholeRegion, boolean financeReviewer) {
    public static Caller demo(long departmentId) {
        return new Caller("演示数据", departmentId, false, false);
    }

    public boolean editsFor(Long department) {
        return departmentId != null && departmentId.equals(department);
    }

    public boolean reads(Long department) {
        return readsWholeRegion || editsFor(department);
    }
}

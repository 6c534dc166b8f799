package cn.jixiao.portal.finding.books;

import cn.jixiao.portal.contract.ProcurementMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A region's books for one year, as the books rules read them (loaded once by {@link BooksLoader}; plain
 * data, so the rules are tested without a database). Amounts in 万元.
 *
 * @param asOf the day the check is made: a plan step not done by then is late once its planned finish is
 *     before it
 * @param threshold the region's 采购限额标准 (万元)
 * @param approvedTargets the projects with an approved target table (绩效目标表) for the year
 * @param evaluatedProjects the projects with an evaluation (绩效评价) for the year
 * @param evaluatedDepartments the departments with an evaluation of their whole spending for the year
 */
public record Books(
        int year,
        LocalDate asOf,
        BigDecimal threshold,
        List<ProjectLine> projects,
        Set<Long> approvedTargets,
        Set<Long> evaluatedProjects,
        Set<Long> evaluatedDepartments,
        List<ContractLine> contracts,
        List<ExpenditureLine> expenditures,
        List<StepLine> steps) {

    /** A budget project of the year with its planned funds (all levels) and the classes its line allows. */
    public record ProjectLine(
            long id,
            long departmentId,
            String name,
            String budgetCode,
            BigDecimal planned,
            List<String> allowedClasses) {

        /** 「name」（预算编码 code） */
        public String label() {
            return "「" + name + "」" + (budgetCode == null ? "" : "（预算编码 " + budgetCode + "）");
        }
    }

    /**
     * A contract of the year (its project's year; without a project, signed or paid in the year), with
     * what was paid on it in the year and in all.
     */
    public record ContractLine(
            long id,
            long departmentId,
            Long projectId,
            String projectName,
            String contractNo,
            String title,
            String vendor,
            BigDecimal amount,
            ProcurementMethod method,
            boolean purchasedService,
            BigDecimal paidInYear,
            BigDecimal paidTotal) {

        /** 「title」（合同编号 no，供应商 vendor） */
        public String label() {
            return "「" + title + "」（" + (contractNo == null ? "" : "合同编号 " + contractNo + "，") + "供应商 " + vendor + "）";
        }
    }

    /** An expenditure entry of a project of the year, with the classes the project's line allows. */
    public record ExpenditureLine(
            long id,
            long departmentId,
            long projectId,
            String projectName,
            String budgetCode,
            String content,
            BigDecimal amount,
            String voucherNo,
            LocalDate spentOn,
            String economicClass,
            List<String> allowedClasses) {}

    /** A step of the implementation plan (实施计划) of an approved target table of the year. */
    public record StepLine(
            long id,
            long targetId,
            long departmentId,
            Long projectId,
            String subjectName,
            String name,
            LocalDate plannedFinish,
            LocalDate actualFinish) {}
}

package cn.jixiao.portal.finding.books;

import static cn.jixiao.portal.finding.FindingDraft.evidence;

import cn.jixiao.portal.finding.FindingDraft;
import cn.jixiao.portal.finding.Severity;
import cn.jixiao.portal.project.EconomicClasses;
import java.util.ArrayList;
import java.util.List;

/**
 * An expenditure entry booked under a budget line whose purpose does not cover it: its 政府支出经济分类 is
 * not among the classes the project's budget allows (e.g. 30226 劳务费 paid from a line for 30227 委托业务费,
 * seed 001's labour posts paid as a purchased service). Entries without a class, and projects whose
 * allowed classes are not stated, are not questioned.
 */
public class ExpenditureClassMismatch implements BooksRule {
    public static final String CODE = "EXPENDITURE_CLASS_MISMATCH";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "支出与预算用途不符：支出明细的经济分类不在所列支预算项目批复的经济分类之内"
                + " (an expenditure's economic classification is outside those its budget line allows)";
    }

    @Override
    public List<Draft> run(Books books) {
        var found = new ArrayList<Draft>();
        for (Books.ExpenditureLine e : books.expenditures()) {
            if (e.economicClass() == null
                    || e.allowedClasses() == null
                    || e.allowedClasses().isEmpty()
                    || EconomicClasses.allows(e.allowedClasses(), e.economicClass())) {
                continue;
            }
            found.add(new Draft(
                    e.departmentId(),
                    new FindingDraft(
                            "books:expenditure:" + e.id(),
                            "支出明细「" + e.content() + "」（" + BooksFmt.date(e.spentOn())
                                    + (e.voucherNo() == null ? "" : "，凭证 " + e.voucherNo()) + "，金额 "
                                    + BooksFmt.money(e.amount()) + "）经济分类为 "
                                    + EconomicClasses.label(e.economicClass()) + "，不在预算项目「" + e.projectName()
                                    + "」" + (e.budgetCode() == null ? "" : "（预算编码 " + e.budgetCode() + "）")
                                    + "批复的经济分类（" + EconomicClasses.labels(e.allowedClasses()) + "）之内"
                                    + " (expenditure booked outside its budget line's economic classes)",
                            evidence(
                                    "expenditureId", e.id(),
                                    "content", e.content(),
                                    "voucherNo", e.voucherNo(),
                                    "spentOn", e.spentOn().toString(),
                                    "amountWan", e.amount(),
                                    "economicClass", e.economicClass(),
                                    "projectId", e.projectId(),
                                    "projectName", e.projectName(),
                                    "allowedClasses", List.copyOf(e.allowedClasses())))));
        }
        return found;
    }
}

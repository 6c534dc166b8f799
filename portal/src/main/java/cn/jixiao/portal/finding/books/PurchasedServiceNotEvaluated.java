package cn.jixiao.portal.finding.books;

import static cn.jixiao.portal.finding.FindingDraft.evidence;

import cn.jixiao.portal.finding.FindingDraft;
import cn.jixiao.portal.finding.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * A contract marked 政府购买服务 whose subject has no evaluation for the year: the buyer must evaluate
 * what it bought (财政部令第102号 第二十条; seed 001: the 综合一窗 service, bought and never evaluated).
 * The subject is the contract's project, or, for a contract outside any project, the department's
 * whole spending.
 */
public class PurchasedServiceNotEvaluated implements BooksRule {
    public static final String CODE = "PURCHASED_SERVICE_NOT_EVALUATED";

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
        return "政府购买服务未开展绩效评价：购买服务合同所属项目（或部门整体支出）当年没有绩效评价"
                + " (a purchased-service contract whose project, or department's whole spending, has no evaluation for the year)";
    }

    @Override
    public List<Draft> run(Books books) {
        var found = new ArrayList<Draft>();
        for (Books.ContractLine c : books.contracts()) {
            if (!c.purchasedService()) {
                continue;
            }
            boolean evaluated = c.projectId() != null
                    ? books.evaluatedProjects().contains(c.projectId())
                    : books.evaluatedDepartments().contains(c.departmentId());
            if (evaluated) {
                continue;
            }
            String subject = c.projectId() != null ? "所属项目「" + c.projectName() + "」" : "本部门整体支出";
            found.add(new Draft(
                    c.departmentId(),
                    new FindingDraft(
                            "books:" + books.year() + ":purchased:" + c.id(),
                            "政府购买服务合同" + c.label() + "金额 " + BooksFmt.money(c.amount()) + "，" + books.year()
                                    + "年支付 " + BooksFmt.money(c.paidInYear()) + "，但" + subject + books.year()
                                    + "年没有绩效评价，未对购买服务实施情况开展绩效评价"
                                    + " (purchased service with no evaluation for the year)",
                            evidence(
                                    "contractId", c.id(),
                                    "title", c.title(),
                                    "vendor", c.vendor(),
                                    "projectId", c.projectId(),
                                    "projectName", c.projectName(),
                                    "year", books.year(),
                                    "amountWan", c.amount(),
                                    "paidInYearWan", c.paidInYear()))));
        }
        return found;
    }
}

package cn.jixiao.portal.finding.books;

import static cn.jixiao.portal.finding.FindingDraft.evidence;

import cn.jixiao.portal.finding.FindingDraft;
import cn.jixiao.portal.finding.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * A budget project of the year with money planned and no approved target table: its spending cannot be
 * evaluated against anything (seed 001: 6 projects in the budget reply, target tables for 4).
 */
public class ProjectWithoutTargets implements BooksRule {
    public static final String CODE = "PROJECT_WITHOUT_TARGETS";

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
        return "预算项目未设绩效目标：项目当年安排了预算资金，却没有经批复的绩效目标表"
                + " (a budget project with funds planned for the year has no approved performance target table)";
    }

    @Override
    public List<Draft> run(Books books) {
        var found = new ArrayList<Draft>();
        for (Books.ProjectLine p : books.projects()) {
            if (p.planned() == null
                    || p.planned().signum() <= 0
                    || books.approvedTargets().contains(p.id())) {
                continue;
            }
            found.add(new Draft(
                    p.departmentId(),
                    new FindingDraft(
                            "books:project:" + p.id(),
                            "预算项目" + p.label() + books.year() + "年安排资金 " + BooksFmt.money(p.planned())
                                    + "，但没有经批复的绩效目标表（项目支出绩效目标申报表未填报或未批复）"
                                    + " (project has funds planned but no approved target table)",
                            evidence(
                                    "projectId", p.id(),
                                    "projectName", p.name(),
                                    "budgetCode", p.budgetCode(),
                                    "year", books.year(),
                                    "plannedWan", p.planned()))));
        }
        return found;
    }
}

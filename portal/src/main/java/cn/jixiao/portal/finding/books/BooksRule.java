package cn.jixiao.portal.finding.books;

import cn.jixiao.portal.finding.FindingDraft;
import cn.jixiao.portal.finding.Rule;
import java.util.List;

/**
 * One check an auditor makes across a region's books for a year (budget projects, targets, evaluations,
 * contracts, payments, expenditure entries, implementation plans), not tied to one evaluation.
 */
public interface BooksRule extends Rule {
    List<Draft> run(Books books);

    /** What was found and the department whose records it is about (who sees it, who must act). */
    record Draft(long departmentId, FindingDraft finding) {}
}

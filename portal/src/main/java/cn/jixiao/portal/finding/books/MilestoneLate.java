package cn.jixiao.portal.finding.books;

import static cn.jixiao.portal.finding.FindingDraft.evidence;

import cn.jixiao.portal.finding.FindingDraft;
import cn.jixiao.portal.finding.Severity;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A step of an approved implementation plan done after its planned finish, or not recorded as done
 * while its planned finish has passed (seed 000: the survey due 2022-03-01, done 2022-05-16; seed 003:
 * development due by the end of September 2019, finished 2019-10-24).
 */
public class MilestoneLate implements BooksRule {
    public static final String CODE = "MILESTONE_LATE";

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
        return "实施进度滞后：实施计划的步骤晚于计划完成时间完成，或计划完成时间已过仍未完成"
                + " (a plan step finished after its planned date, or not finished when its planned date has passed)";
    }

    @Override
    public List<Draft> run(Books books) {
        var found = new ArrayList<Draft>();
        for (Books.StepLine s : books.steps()) {
            if (s.plannedFinish() == null) {
                continue;
            }
            String message;
            long days;
            if (s.actualFinish() != null) {
                if (!s.actualFinish().isAfter(s.plannedFinish())) {
                    continue;
                }
                days = ChronoUnit.DAYS.between(s.plannedFinish(), s.actualFinish());
                message = "计划完成时间 " + BooksFmt.date(s.plannedFinish()) + "，实际完成时间 "
                        + BooksFmt.date(s.actualFinish()) + "，滞后 " + days + " 天"
                        + " (finished after its planned date)";
            } else {
                if (!s.plannedFinish().isBefore(books.asOf())) {
                    continue;
                }
                days = ChronoUnit.DAYS.between(s.plannedFinish(), books.asOf());
                message = "计划完成时间 " + BooksFmt.date(s.plannedFinish()) + "，截至 " + BooksFmt.date(books.asOf())
                        + " 未登记实际完成时间，已超期 " + days + " 天 (not finished by its planned date)";
            }
            found.add(new Draft(
                    s.departmentId(),
                    new FindingDraft(
                            "books:step:" + s.id(),
                            "「" + s.subjectName() + "」实施计划的步骤「" + s.name() + "」" + message,
                            evidence(
                                    "stepId", s.id(),
                                    "targetId", s.targetId(),
                                    "projectId", s.projectId(),
                                    "step", s.name(),
                                    "plannedFinish", s.plannedFinish().toString(),
                                    "actualFinish",
                                            s.actualFinish() == null
                                                    ? null
                                                    : s.actualFinish().toString(),
                                    "asOf",
                                            s.actualFinish() == null
                                                    ? books.asOf().toString()
                                                    : null,
                                    "daysLate", days))));
        }
        return found;
    }
}

package cn.jixiao.portal.finding;

import cn.jixiao.portal.contract.ContractFlag;
import cn.jixiao.portal.finding.books.BooksRules;
import cn.jixiao.portal.finding.check.ActualDiffersFromRecords;
import cn.jixiao.portal.finding.check.ChangeNotApproved;
import cn.jixiao.portal.finding.check.ContractFlagCheck;
import cn.jixiao.portal.finding.check.FullMarksWithoutBasis;
import cn.jixiao.portal.finding.check.GradeDoesNotFollow;
import cn.jixiao.portal.finding.check.HighGradeLowExecution;
import cn.jixiao.portal.finding.check.OnTimeWhileAcceptanceOpen;
import cn.jixiao.portal.finding.check.RatioMislabelled;
import cn.jixiao.portal.finding.check.TargetMissesDeliverable;
import cn.jixiao.portal.finding.check.TotalDoesNotFollow;
import cn.jixiao.portal.finding.check.WeightsDoNotAddUp;
import cn.jixiao.portal.finding.narrative.NarrativeRules;
import cn.jixiao.portal.finding.years.YearRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Every check, in the order findings are listed: the one list to add a check to. */
public final class Checks {
    public static final String OVER_THRESHOLD = "OVER_THRESHOLD_WITHOUT_PROCUREMENT";
    public static final String NO_SIGNING_DATE = "CONTRACT_WITHOUT_SIGNING_DATE";
    public static final String WORK_BEFORE_SIGNING = "WORK_BEFORE_SIGNING";
    public static final String PAID_BEFORE_ACCEPTANCE = "PAID_BEFORE_ACCEPTANCE";

    public static final List<Check> ALL = List.of(
            new ActualDiffersFromRecords(),
            new RatioMislabelled(),
            new FullMarksWithoutBasis(),
            new OnTimeWhileAcceptanceOpen(),
            new HighGradeLowExecution(),
            new TotalDoesNotFollow(),
            new GradeDoesNotFollow(),
            new WeightsDoNotAddUp(),
            new TargetMissesDeliverable(),
            new ContractFlagCheck(OVER_THRESHOLD, ContractFlag.OVER_THRESHOLD_WITHOUT_PROCUREMENT, Severity.WARNING),
            new ContractFlagCheck(NO_SIGNING_DATE, ContractFlag.NO_SIGNING_DATE, Severity.WARNING),
            new ContractFlagCheck(WORK_BEFORE_SIGNING, ContractFlag.WORK_BEFORE_SIGNING, Severity.WARNING),
            new ContractFlagCheck(PAID_BEFORE_ACCEPTANCE, ContractFlag.PAID_NOT_ACCEPTED, Severity.WARNING),
            new ChangeNotApproved());

    /** The codes of {@link #ALL}: a recheck of an evaluation touches only findings of these codes. */
    public static final Set<String> CODES = ALL.stream().map(Check::code).collect(Collectors.toUnmodifiableSet());

    /**
     * Every rule that makes findings: the evaluation checks, the checks of report narratives, then the
     * checks across years and across a region's books.
     */
    public static final List<Rule> RULES = Stream.of(ALL, NarrativeRules.ALL, YearRules.ALL, BooksRules.ALL)
            .flatMap(List::stream)
            .map(Rule.class::cast)
            .toList();

    private Checks() {}

    /** Any rule by its code, evaluation check or narrative check. */
    public static Optional<Rule> ruleByCode(String code) {
        return RULES.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    public static Optional<Check> byCode(String code) {
        return ALL.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** A finding as a check makes it: the check's code and severity with what it found. */
    public record Found(Check check, FindingDraft draft) {}

    /** Runs every check on a context, in the order of {@link #ALL}. */
    public static List<Found> runAll(EvaluationContext context) {
        var found = new ArrayList<Found>();
        for (Check check : ALL) {
            for (FindingDraft draft : check.run(context)) {
                found.add(new Found(check, draft));
            }
        }
        return found;
    }
}

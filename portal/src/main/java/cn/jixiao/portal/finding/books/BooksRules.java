package cn.jixiao.portal.finding.books;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Every books rule, in the order findings are listed: the one list to add one to. */
public final class BooksRules {
    public static final List<BooksRule> ALL = List.of(
            new ProjectWithoutTargets(),
            new PurchasedServiceNotEvaluated(),
            new ExpenditureClassMismatch(),
            new ContractWithoutProcurement(),
            new MilestoneLate());

    public static final Set<String> CODES = ALL.stream().map(BooksRule::code).collect(Collectors.toUnmodifiableSet());

    private BooksRules() {}

    /** A finding as a rule makes it. */
    public record Found(BooksRule rule, BooksRule.Draft draft) {}

    public static List<Found> runAll(Books books) {
        var found = new ArrayList<Found>();
        for (BooksRule rule : ALL) {
            for (BooksRule.Draft draft : rule.run(books)) {
                found.add(new Found(rule, draft));
            }
        }
        return found;
    }
}

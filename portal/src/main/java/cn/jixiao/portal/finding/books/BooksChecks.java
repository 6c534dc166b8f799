package cn.jixiao.portal.finding.books;

import cn.jixiao.portal.finding.Finding;
import cn.jixiao.portal.finding.FindingKeeper;
import cn.jixiao.portal.finding.FindingState;
import cn.jixiao.portal.finding.RuleSeverities;
import cn.jixiao.portal.finding.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Runs the books rules over a region's year and keeps what they find as findings of no evaluation (year
 * and department set, subject keys {@code books:…}), the same way {@link FindingKeeper} keeps the
 * evaluation and narrative findings: a recheck touches only the books codes of that year, one
 * department at a time, so a department's findings are fixed when its records are.
 */
@ApplicationScoped
public class BooksChecks {
    @Inject
    BooksLoader loader;

    /** What a books recheck did: the findings open now, by code, and how long it took. */
    public record Result(int year, long open, long blocking, Map<String, Long> openByCode, long millis) {}

    @Transactional
    public Result recheck(int year) {
        return recheck(loader.load(year));
    }

    @Transactional
    public Result recheck(int year, LocalDate asOf) {
        return recheck(loader.load(year, asOf));
    }

    private Result recheck(Books books) {
        long started = System.nanoTime();
        int year = books.year();
        List<Finding> before = Finding.list(
                "evaluationId is null and targetId is null and year = ?1 and code in ?2", year, BooksRules.CODES);
        RuleSeverities severities = RuleSeverities.current();
        Map<Long, List<FindingKeeper.Found>> found = new LinkedHashMap<>();
        for (BooksRules.Found f : BooksRules.runAll(books)) {
            found.computeIfAbsent(f.draft().departmentId(), d -> new ArrayList<>())
                    .add(new FindingKeeper.Found(
                            f.rule().code(), severities.of(f.rule()), f.draft().finding()));
        }
        var departments = new TreeSet<Long>(found.keySet());
        before.forEach(f -> departments.add(f.departmentId));
        for (Long department : departments) {
            FindingKeeper.keep(
                    new FindingKeeper.Subject(null, department, year, null),
                    before.stream()
                            .filter(f -> department.equals(f.departmentId))
                            .toList(),
                    found.getOrDefault(department, List.of()));
        }
        Finding.flush();
        List<Finding> open = Finding.list(
                "evaluationId is null and targetId is null and year = ?1 and code in ?2 and state = ?3",
                year,
                BooksRules.CODES,
                FindingState.OPEN);
        var byCode = new LinkedHashMap<String, Long>();
        BooksRules.ALL.forEach(r -> byCode.put(r.code(), 0L));
        open.forEach(f -> byCode.merge(f.code, 1L, Long::sum));
        long blocking =
                open.stream().filter(f -> f.severity == Severity.BLOCKING).count();
        return new Result(year, open.size(), blocking, byCode, (System.nanoTime() - started) / 1_000_000);
    }
}

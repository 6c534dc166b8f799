package cn.jixiao.portal.finding.books;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.portal.contract.ProcurementMethod;
import cn.jixiao.portal.finding.books.Books.ContractLine;
import cn.jixiao.portal.finding.books.Books.ExpenditureLine;
import cn.jixiao.portal.finding.books.Books.ProjectLine;
import cn.jixiao.portal.finding.books.Books.StepLine;
import cn.jixiao.portal.project.EconomicClasses;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The false-flag rate of the books rules: 1,200 generated region-years of clean books (every budgeted
 * project with approved targets, every purchased service evaluated, every entry inside its line's
 * classes, contracts over the threshold procured, plan steps done on or before time) give no finding at
 * all. The same books with one fault planted give exactly that one finding, so the set is not clean by
 * being empty.
 */
class CleanBooksTest {
    static final int REGION_YEARS = 1_200;
    static final BigDecimal THRESHOLD = new BigDecimal("60");
    static final List<ProcurementMethod> GOVERNMENT = List.of(ProcurementMethod.values()).stream()
            .filter(ProcurementMethod::governmentProcurement)
            .toList();
    static final List<String> ITEMS = EconomicClasses.all().stream()
            .map(EconomicClasses.Entry::code)
            .filter(c -> c.length() == 5)
            .toList();

    static BigDecimal money(Random r, int max) {
        return BigDecimal.valueOf(r.nextInt(max * 10_000) + 100, 4);
    }

    static <T> T pick(Random r, List<T> options) {
        return options.get(r.nextInt(options.size()));
    }

    static Books generate(Random r, int year) {
        LocalDate asOf = LocalDate.of(year + 1, 1 + r.nextInt(6), 1 + r.nextInt(28));
        var projects = new ArrayList<ProjectLine>();
        var approved = new HashSet<Long>();
        var evaluatedProjects = new HashSet<Long>();
        var evaluatedDepartments = new HashSet<Long>();
        var contracts = new ArrayList<ContractLine>();
        var expenditures = new ArrayList<ExpenditureLine>();
        var steps = new ArrayList<StepLine>();
        long id = 1;
        int departments = 1 + r.nextInt(6);
        for (long d = 1; d <= departments; d++) {
            if (r.nextBoolean()) {
                evaluatedDepartments.add(d);
            }
            int count = 1 + r.nextInt(8);
            for (int i = 0; i < count; i++) {
                long project = id++;
                BigDecimal planned = r.nextInt(10) == 0 ? BigDecimal.ZERO : money(r, 500);
                List<String> allowed = new ArrayList<>();
                int classes = r.nextInt(4);
                for (int k = 0; k < classes; k++) {
                    String code = pick(r, ITEMS);
                    allowed.add(r.nextBoolean() ? code : code.substring(0, 3));
                }
                String name = "项目" + project;
                projects.add(
                        new ProjectLine(project, d, name, r.nextBoolean() ? null : "B" + project, planned, allowed));
                if (planned.signum() > 0 || r.nextBoolean()) {
                    approved.add(project);
                }
                boolean evaluated = r.nextBoolean();
                if (evaluated) {
                    evaluatedProjects.add(project);
                }
                for (int e = r.nextInt(6); e > 0; e--) {
                    String cls =
                            allowed.isEmpty() ? (r.nextBoolean() ? null : pick(r, ITEMS)) : allowedItem(r, allowed);
                    expenditures.add(new ExpenditureLine(
                            id++,
                            d,
                            project,
                            name,
                            null,
                            "支出" + e,
                            money(r, 50),
                            null,
                            LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28)),
                            cls,
                            allowed));
                }
                for (int c = r.nextInt(3); c > 0; c--) {
                    BigDecimal amount = r.nextInt(8) == 0 ? null : money(r, 300);
                    boolean over = amount != null && amount.compareTo(THRESHOLD) >= 0;
                    ProcurementMethod method = over || r.nextBoolean()
                            ? pick(r, GOVERNMENT)
                            : pick(r, List.of(ProcurementMethod.DECENTRALIZED, ProcurementMethod.OTHER));
                    boolean inProject = r.nextInt(4) > 0;
                    boolean service = inProject ? evaluated && r.nextBoolean() : evaluatedDepartments.contains(d);
                    BigDecimal paid =
                            amount == null ? BigDecimal.ZERO : amount.multiply(BigDecimal.valueOf(r.nextInt(101), 2));
                    contracts.add(new ContractLine(
                            id++,
                            d,
                            inProject ? project : null,
                            inProject ? name : null,
                            null,
                            "合同" + id,
                            "供应商",
                            amount,
                            method,
                            service,
                            paid,
                            paid));
                }
                if (approved.contains(project)) {
                    LocalDate start = LocalDate.of(year, 1, 1).plusDays(r.nextInt(200));
                    for (int s = r.nextInt(6); s > 0; s--) {
                        LocalDate planned0 = start.plusDays(10 + r.nextInt(120));
                        LocalDate actual =
                                planned0.isBefore(asOf) || r.nextBoolean() ? planned0.minusDays(r.nextInt(10)) : null;
                        steps.add(new StepLine(id++, project, d, project, name, "步骤" + s, planned0, actual));
                        start = planned0;
                    }
                }
            }
        }
        return new Books(
                year,
                asOf,
                THRESHOLD,
                projects,
                approved,
                evaluatedProjects,
                evaluatedDepartments,
                contracts,
                expenditures,
                steps);
    }

    static String allowedItem(Random r, List<String> allowed) {
        String a = pick(r, allowed);
        if (a.length() == 5) {
            return a;
        }
        List<String> items = ITEMS.stream().filter(c -> c.startsWith(a)).toList();
        return pick(r, items);
    }

    /** One fault of a random kind planted in clean books; its code. */
    static String plant(Random r, Books b, List<Object> changed) {
        int kind = r.nextInt(5);
        switch (kind) {
            case 0 -> {
                var p = b.projects().stream()
                        .filter(x -> x.planned().signum() > 0)
                        .findFirst();
                if (p.isPresent()) {
                    b.approvedTargets().remove(p.get().id());
                    changed.add(p.get());
                    return ProjectWithoutTargets.CODE;
                }
            }
            case 1 -> {
                if (!b.contracts().isEmpty()) {
                    var c = b.contracts().get(0);
                    var planted = new ContractLine(
                            c.id(),
                            c.departmentId(),
                            999_999L,
                            "未评价项目",
                            null,
                            c.title(),
                            c.vendor(),
                            new BigDecimal("10"),
                            ProcurementMethod.INQUIRY,
                            true,
                            BigDecimal.ONE,
                            BigDecimal.ONE);
                    b.contracts().set(0, planted);
                    return PurchasedServiceNotEvaluated.CODE;
                }
            }
            case 2 -> {
                var e = b.expenditures().stream()
                        .filter(x -> x.allowedClasses() != null
                                && !x.allowedClasses().isEmpty())
                        .findFirst();
                if (e.isPresent()) {
                    String outside = ITEMS.stream()
                            .filter(c -> !EconomicClasses.allows(e.get().allowedClasses(), c))
                            .findFirst()
                            .orElseThrow();
                    var x = e.get();
                    b.expenditures()
                            .set(
                                    b.expenditures().indexOf(x),
                                    new ExpenditureLine(
                                            x.id(),
                                            x.departmentId(),
                                            x.projectId(),
                                            x.projectName(),
                                            x.budgetCode(),
                                            x.content(),
                                            x.amount(),
                                            x.voucherNo(),
                                            x.spentOn(),
                                            outside,
                                            x.allowedClasses()));
                    return ExpenditureClassMismatch.CODE;
                }
            }
            case 3 -> {
                b.contracts()
                        .add(new ContractLine(
                                888_888L,
                                1,
                                null,
                                null,
                                null,
                                "分散采购合同",
                                "供应商",
                                new BigDecimal("60.0001"),
                                ProcurementMethod.DECENTRALIZED,
                                false,
                                BigDecimal.ZERO,
                                BigDecimal.ZERO));
                return ContractWithoutProcurement.CODE;
            }
            default -> {
                if (!b.steps().isEmpty()) {
                    var s = b.steps().get(0);
                    b.steps()
                            .set(
                                    0,
                                    new StepLine(
                                            s.id(),
                                            s.targetId(),
                                            s.departmentId(),
                                            s.projectId(),
                                            s.subjectName(),
                                            s.name(),
                                            s.plannedFinish(),
                                            s.plannedFinish().plusDays(1)));
                    return MilestoneLate.CODE;
                }
            }
        }
        return null;
    }

    @Test
    void cleanBooksGiveNoFindingAndOnePlantedFaultGivesOne() {
        var r = new Random(20_211_231);
        long started = System.nanoTime();
        int records = 0;
        int planted = 0;
        Set<String> kinds = new HashSet<>();
        for (int i = 0; i < REGION_YEARS; i++) {
            Books clean = generate(r, 2019 + i % 5);
            records += clean.projects().size()
                    + clean.contracts().size()
                    + clean.expenditures().size()
                    + clean.steps().size();
            var found = BooksRules.runAll(clean);
            assertEquals(
                    List.of(),
                    found.stream().map(f -> f.draft().finding().message()).toList(),
                    "books " + i);

            String code = plant(r, clean, new ArrayList<>());
            if (code == null) {
                continue;
            }
            var after = BooksRules.runAll(clean);
            assertEquals(1, after.size(), code + ": " + after);
            assertEquals(code, after.get(0).rule().code());
            planted++;
            kinds.add(code);
        }
        assertEquals(BooksRules.CODES, kinds);
        System.out.printf(
                "CleanBooksTest: %d region-years, %d records, 0 findings; %d planted faults each found once; %d ms%n",
                REGION_YEARS, records, planted, (System.nanoTime() - started) / 1_000_000);
    }
}

package cn.jixiao.portal.finding.books;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.portal.contract.ProcurementMethod;
import cn.jixiao.portal.finding.books.Books.ContractLine;
import cn.jixiao.portal.finding.books.Books.ExpenditureLine;
import cn.jixiao.portal.finding.books.Books.ProjectLine;
import cn.jixiao.portal.finding.books.Books.StepLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each books rule on the seeds' own figures (seed 001's six budget projects with four target tables, its
 * 1,860,480 元 labour contract with 620,160 元 paid in 2021 over 伊金霍洛旗's 60万元, its 综合一窗 service
 * never evaluated; seed 003's open tender; seed 000's and 003's plan dates), and on clean counter-examples.
 */
class BooksRulesTest {
    static final long BUREAU = 1;
    static final LocalDate END_2021 = LocalDate.of(2021, 12, 31);

    static Books books(
            int year,
            LocalDate asOf,
            List<ProjectLine> projects,
            Set<Long> approved,
            Set<Long> evaluatedProjects,
            Set<Long> evaluatedDepartments,
            List<ContractLine> contracts,
            List<ExpenditureLine> expenditures,
            List<StepLine> steps) {
        return new Books(
                year,
                asOf,
                new BigDecimal("60"),
                projects,
                approved,
                evaluatedProjects,
                evaluatedDepartments,
                contracts,
                expenditures,
                steps);
    }

    static Books contractsOnly(
            List<ContractLine> contracts, Set<Long> evaluatedProjects, Set<Long> evaluatedDepartments) {
        return books(
                2021,
                END_2021,
                List.of(),
                Set.of(),
                evaluatedProjects,
                evaluatedDepartments,
                contracts,
                List.of(),
                List.of());
    }

    static ContractLine contract(
            long id,
            Long project,
            String title,
            String amount,
            ProcurementMethod method,
            boolean service,
            String paid) {
        return new ContractLine(
                id,
                BUREAU,
                project,
                project == null ? null : "政务服务热线运行项目",
                null,
                title,
                "伊金霍洛旗城投享祐保安服务有限责任公司",
                amount == null ? null : new BigDecimal(amount),
                method,
                service,
                new BigDecimal(paid),
                new BigDecimal(paid));
    }

    static List<String> messages(List<BooksRule.Draft> drafts) {
        return drafts.stream().map(d -> d.finding().message()).toList();
    }

    @Test
    void seed001sSixBudgetProjectsWithFourTargetTablesGiveTwoFindings() {
        var projects = List.of(
                new ProjectLine(11, BUREAU, "政务服务大厅运行经费", "2021-01", new BigDecimal("120"), null),
                new ProjectLine(12, BUREAU, "政务专递项目", "2021-02", new BigDecimal("8.6"), null),
                new ProjectLine(13, BUREAU, "政务公开与人民政府网站改版建设项目", "2021-03", new BigDecimal("25"), null),
                new ProjectLine(14, BUREAU, "12345政务服务热线运行项目", "2021-04", new BigDecimal("77.52"), null),
                new ProjectLine(15, BUREAU, "综合一窗政府购买服务项目", "2021-05", new BigDecimal("60"), null),
                new ProjectLine(16, BUREAU, "智慧政务平台运维项目", "2021-06", new BigDecimal("40"), null),
                // no money planned: nothing to set targets for
                new ProjectLine(17, BUREAU, "备用项目", null, BigDecimal.ZERO, null));
        var found = new ProjectWithoutTargets()
                .run(books(
                        2021,
                        END_2021,
                        projects,
                        Set.of(11L, 13L, 14L, 16L),
                        Set.of(),
                        Set.of(),
                        List.of(),
                        List.of(),
                        List.of()));
        assertEquals(2, found.size(), messages(found).toString());
        assertEquals("books:project:12", found.get(0).finding().subjectKey());
        assertEquals(
                "预算项目「政务专递项目」（预算编码 2021-02）2021年安排资金 86,000 元（8.6 万元），但没有经批复的绩效目标表"
                        + "（项目支出绩效目标申报表未填报或未批复） (project has funds planned but no approved target table)",
                found.get(0).finding().message());
        assertEquals(15L, found.get(1).finding().evidence().get("projectId"));
        assertEquals(new BigDecimal("60"), found.get(1).finding().evidence().get("plannedWan"));
        assertEquals(BUREAU, found.get(1).departmentId());
    }

    @Test
    void seed001sLabourContractOverSixtyWanWithoutProcurementNamesTheYearsPayments() {
        var labour = contract(21, 14L, "热线平台劳务服务合同", "186.048", ProcurementMethod.DECENTRALIZED, false, "62.016");
        // seed 003's open tender at 3,583,920 元: government procurement, not questioned
        var tender = new ContractLine(
                22,
                2,
                31L,
                "岳阳市“无差别”一窗受理系统政府采购项目",
                null,
                "一窗受理系统",
                "江苏国泰新点软件有限公司",
                new BigDecimal("358.392"),
                ProcurementMethod.OPEN_TENDER,
                false,
                new BigDecimal("107.5176"),
                new BigDecimal("107.5176"));
        var under = contract(23, 14L, "办公用品", "59.99", ProcurementMethod.DECENTRALIZED, false, "10");
        var atThreshold = contract(24, null, "保洁服务", "60", ProcurementMethod.OTHER, false, "0");
        var unknownAmount = contract(25, null, "场所改造（口头约定）", null, ProcurementMethod.OTHER, false, "0");

        var found = new ContractWithoutProcurement()
                .run(contractsOnly(List.of(labour, tender, under, atThreshold, unknownAmount), Set.of(), Set.of()));

        assertEquals(2, found.size(), messages(found).toString());
        var first = found.get(0).finding();
        assertEquals("books:2021:procurement:21", first.subjectKey());
        assertEquals(
                "合同「热线平台劳务服务合同」（供应商 伊金霍洛旗城投享祐保安服务有限责任公司）金额 1,860,480 元（186.048 万元），"
                        + "达到本地区采购限额标准 60 万元，采购方式为「分散采购」，未执行政府采购；2021年支付 620,160 元（62.016 万元）"
                        + " (over the procurement threshold without government procurement)",
                first.message());
        assertEquals(new BigDecimal("62.016"), first.evidence().get("paidInYearWan"));
        assertEquals(new BigDecimal("60"), first.evidence().get("thresholdWan"));
        // 以上 includes the threshold itself
        assertEquals("books:2021:procurement:24", found.get(1).finding().subjectKey());
    }

    @Test
    void seed001sPurchasedServiceWithoutItsOwnEvaluationIsFoundEvenWhenTheDepartmentWasEvaluated() {
        var yichuang = contract(31, 15L, "综合一窗政府购买服务合同", "60", ProcurementMethod.COMPETITIVE_CONSULTATION, true, "45");
        var evaluatedProject = contract(32, 16L, "平台运维服务", "40", ProcurementMethod.INQUIRY, true, "40");
        var notAService = contract(33, 12L, "专递车辆租赁", "8", ProcurementMethod.DECENTRALIZED, false, "8");
        var outsideProjects = contract(34, null, "物业服务", "20", ProcurementMethod.INQUIRY, true, "20");

        // the department's whole spending was evaluated (seed 001 is that evaluation), the 综合一窗 project was not
        var found = new PurchasedServiceNotEvaluated()
                .run(contractsOnly(
                        List.of(yichuang, evaluatedProject, notAService, outsideProjects),
                        Set.of(16L),
                        Set.of(BUREAU)));
        assertEquals(1, found.size(), messages(found).toString());
        assertEquals("books:2021:purchased:31", found.get(0).finding().subjectKey());
        assertEquals(
                "政府购买服务合同「综合一窗政府购买服务合同」（供应商 伊金霍洛旗城投享祐保安服务有限责任公司）金额 600,000 元（60 万元），"
                        + "2021年支付 450,000 元（45 万元），但所属项目「政务服务热线运行项目」2021年没有绩效评价，"
                        + "未对购买服务实施情况开展绩效评价 (purchased service with no evaluation for the year)",
                found.get(0).finding().message());

        // a service outside any project needs the department's whole-spending evaluation
        var unevaluated =
                new PurchasedServiceNotEvaluated().run(contractsOnly(List.of(outsideProjects), Set.of(), Set.of()));
        assertEquals(1, unevaluated.size());
        assertTrue(unevaluated.get(0).finding().message().contains("但本部门整体支出2021年没有绩效评价"));
    }

    @Test
    void labourPaidFromALineForCommissionedServicesIsOutsideTheLinesClasses() {
        List<String> commissioned = List.of("30227");
        var wages = new ExpenditureLine(
                41,
                BUREAU,
                14,
                "12345政务服务热线运行项目",
                "2021-04",
                "热线接听人员服务费（8人，6460元/人/月）",
                new BigDecimal("15.504"),
                "2021年3月12#",
                LocalDate.of(2021, 3, 31),
                "30226",
                commissioned);
        var service = new ExpenditureLine(
                42,
                BUREAU,
                14,
                "12345政务服务热线运行项目",
                "2021-04",
                "热线外包服务费",
                new BigDecimal("5"),
                null,
                LocalDate.of(2021, 4, 30),
                "30227",
                commissioned);
        // a class allows its items: 302 allows 30201
        var office = new ExpenditureLine(
                43,
                BUREAU,
                11,
                "政务服务大厅运行经费",
                null,
                "大厅办公用品",
                new BigDecimal("0.86"),
                "2021年5月3#",
                LocalDate.of(2021, 5, 20),
                "30201",
                List.of("302"));
        var unclassified = new ExpenditureLine(
                44,
                BUREAU,
                14,
                "12345政务服务热线运行项目",
                "2021-04",
                "其他",
                new BigDecimal("1"),
                null,
                LocalDate.of(2021, 6, 1),
                null,
                commissioned);
        var lineWithoutClasses = new ExpenditureLine(
                45,
                BUREAU,
                12,
                "政务专递项目",
                null,
                "设备",
                new BigDecimal("2"),
                null,
                LocalDate.of(2021, 6, 1),
                "31002",
                List.of());

        var found = new ExpenditureClassMismatch()
                .run(books(
                        2021,
                        END_2021,
                        List.of(),
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        List.of(),
                        List.of(wages, service, office, unclassified, lineWithoutClasses),
                        List.of()));
        assertEquals(1, found.size(), messages(found).toString());
        assertEquals("books:expenditure:41", found.get(0).finding().subjectKey());
        assertEquals(
                "支出明细「热线接听人员服务费（8人，6460元/人/月）」（2021年3月31日，凭证 2021年3月12#，金额 155,040 元（15.504 万元））"
                        + "经济分类为 30226 劳务费，不在预算项目「12345政务服务热线运行项目」（预算编码 2021-04）批复的经济分类"
                        + "（30227 委托业务费）之内 (expenditure booked outside its budget line's economic classes)",
                found.get(0).finding().message());
        assertEquals(List.of("30227"), found.get(0).finding().evidence().get("allowedClasses"));
    }

    @Test
    void lateStepsOfSeed000And003AreFoundWithTheirDates() {
        var survey = new StepLine(
                51,
                5,
                BUREAU,
                7L,
                "伊金霍洛旗政务自助便民服务点建设项目",
                "走访调研，确定打造点",
                LocalDate.of(2022, 3, 1),
                LocalDate.of(2022, 5, 16));
        var onTime = new StepLine(
                52,
                5,
                BUREAU,
                7L,
                "伊金霍洛旗政务自助便民服务点建设项目",
                "自助设备采购",
                LocalDate.of(2022, 7, 31),
                LocalDate.of(2022, 7, 31));
        var notYetDue =
                new StepLine(53, 5, BUREAU, 7L, "伊金霍洛旗政务自助便民服务点建设项目", "投入试运行", LocalDate.of(2022, 12, 31), null);
        var overdue =
                new StepLine(54, 5, BUREAU, 7L, "伊金霍洛旗政务自助便民服务点建设项目", "场所改造设计与施工", LocalDate.of(2022, 6, 30), null);
        var noPlan = new StepLine(55, 5, BUREAU, 7L, "伊金霍洛旗政务自助便民服务点建设项目", "总结", null, null);

        var asOf = LocalDate.of(2022, 9, 30);
        var found = new MilestoneLate()
                .run(books(
                        2022,
                        asOf,
                        List.of(),
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        List.of(),
                        List.of(),
                        List.of(survey, onTime, notYetDue, overdue, noPlan)));
        assertEquals(2, found.size(), messages(found).toString());
        assertEquals(
                "「伊金霍洛旗政务自助便民服务点建设项目」实施计划的步骤「走访调研，确定打造点」计划完成时间 2022年3月1日，"
                        + "实际完成时间 2022年5月16日，滞后 76 天 (finished after its planned date)",
                found.get(0).finding().message());
        assertEquals(76L, found.get(0).finding().evidence().get("daysLate"));
        assertEquals(
                "「伊金霍洛旗政务自助便民服务点建设项目」实施计划的步骤「场所改造设计与施工」计划完成时间 2022年6月30日，"
                        + "截至 2022年9月30日 未登记实际完成时间，已超期 92 天 (not finished by its planned date)",
                found.get(1).finding().message());

        // seed 003: development, testing and integration due by the end of September 2019, done on 24 October
        var development = new StepLine(
                61, 6, 2, 31L, "岳阳市“无差别”一窗受理系统政府采购项目", "开发测试联调", LocalDate.of(2019, 9, 30), LocalDate.of(2019, 10, 24));
        var late = new MilestoneLate()
                .run(books(
                        2019,
                        LocalDate.of(2020, 6, 9),
                        List.of(),
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        List.of(),
                        List.of(),
                        List.of(development)));
        assertEquals(1, late.size());
        assertTrue(late.get(0).finding().message().endsWith("滞后 24 天 (finished after its planned date)"));
    }

    @Test
    void everyRuleHasACodeADescriptionInChineseAndEnglishAndIsListedOnce() {
        assertEquals(5, BooksRules.CODES.size());
        for (BooksRule rule : BooksRules.ALL) {
            assertTrue(rule.description().matches("^[^a-zA-Z]+：.+ \\(.+\\)$"), rule.description());
            assertTrue(cn.jixiao.portal.finding.Checks.ruleByCode(rule.code()).isPresent(), rule.code());
        }
    }
}

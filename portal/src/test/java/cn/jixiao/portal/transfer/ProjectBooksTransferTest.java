package cn.jixiao.portal.transfer;

import static cn.jixiao.portal.transfer.Fixtures.BAOSHAN;
import static cn.jixiao.portal.transfer.Fixtures.csv;
import static cn.jixiao.portal.transfer.Fixtures.export;
import static cn.jixiao.portal.transfer.Fixtures.upload;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 支出明细 and 合同 of a project: round trips, matching, and who may import them. */
@QuarkusTest
class ProjectBooksTransferTest {
    private static final String EXPENDITURES = """
            select project_id, level, content, amount, voucher_no, spent_on from expenditure
             where project_id = ? order by spent_on, voucher_no, content""";
    private static final String CONTRACTS = """
            select department_id, project_id, contract_no, title, vendor, amount, signed_on, procurement_method,
                   work_started_on, acceptance_terms, accepted_on, acceptance_result
              from contract where title like 'TT %' order by title""";

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    Fixtures data;
    long project;

    @BeforeEach
    void seed() {
        data = new Fixtures(owner);
        data.clean();
        // seed 003's 一窗受理 project, kept in a far-off year so no other test's data is touched
        project = data.project(BAOSHAN, "zwfwglj", "TT-2095-001", 2095, "TT 一窗受理综合服务平台");
    }

    @AfterEach
    void clean() {
        data.clean();
    }

    @Test
    void expendituresExportThenImportGivesTheSameEntriesBack() {
        data.expenditure(BAOSHAN, project, "一窗受理系统开发首付款", "107.5176", "记-2095-0031", "2095-06-30", "MUNICIPAL");
        data.expenditure(BAOSHAN, project, "=SUM(A1) 不是公式", "0.5", null, "2095-07-01", null);
        data.expenditure(BAOSHAN, project, "同一凭证的两笔", "1", "记-7", "2095-07-02", "PROVINCIAL");
        data.expenditure(BAOSHAN, project, "同一凭证的两笔", "1", "记-7", "2095-07-02", "PROVINCIAL");
        var before = data.rows(EXPENDITURES, project);

        for (String format : new String[] {"csv", "xlsx"}) {
            byte[] file = export("baoshan-dept", "expenditures", "format=" + format + "&projectId=" + project);
            if (format.equals("csv")) {
                String text = new String(file, StandardCharsets.UTF_8);
                assertTrue(
                        text.contains("TT-2095-001,") && text.contains(",'=SUM(A1) 不是公式,") && text.contains(",市,"),
                        text);
            }
            upload("baoshan-dept", "expenditures", "mode=commit", "支出." + format, file)
                    .then()
                    .statusCode(200)
                    .body("unchanged", equalTo(4))
                    .body("created", equalTo(0));
            assertEquals(before, data.rows(EXPENDITURES, project));

            // deleted entries come back from the exported file (their ids are gone, so they match by content)
            data.update("delete from expenditure where project_id = ?", project);
            upload("baoshan-dept", "expenditures", "mode=commit", "支出." + format, file)
                    .then()
                    .statusCode(200)
                    .body("created", equalTo(4));
            assertEquals(before, data.rows(EXPENDITURES, project));
        }
    }

    @Test
    void entriesAreMatchedByVoucherDateAndAmountWithinTheChosenProject() {
        data.expenditure(BAOSHAN, project, "旧的内容", "12.5", "记-1", "2095-03-01", null);
        byte[] file = csv("""
                会计凭证号,支出日期,金额,支出内容,资金来源
                记-1,2095/3/1,12.50,新的内容,市级
                记-2,2095年3月2日,3,另一笔,中央
                """);
        upload("baoshan-dept", "expenditures", "mode=commit&projectId=" + project, "p.csv", file)
                .then()
                .statusCode(200)
                .body("updated", equalTo(1))
                .body("created", equalTo(1));
        var rows = data.rows(EXPENDITURES, project);
        assertEquals("新的内容", rows.get(0).get("content"));
        assertEquals("MUNICIPAL", rows.get(0).get("level"));
        assertEquals("CENTRAL", rows.get(1).get("level"));
    }

    @Test
    void expendituresCarryTheirEconomicClassBothWaysAndUnknownCodesAreRefused() {
        byte[] file = csv("""
                会计凭证号,支出日期,金额,支出内容,经济分类
                记-31,2095-04-01,2,办公用品,30201
                记-32,2095-04-02,3,热线人员劳务,30226 劳务费
                记-33,2095-04-03,4,未分类,
                """);
        upload("baoshan-dept", "expenditures", "mode=commit&projectId=" + project, "c.csv", file)
                .then()
                .statusCode(200)
                .body("created", equalTo(3));
        var classes =
                data.rows("select economic_class from expenditure where project_id = ? order by spent_on", project);
        assertEquals("30201", classes.get(0).get("economic_class"));
        assertEquals("30226", classes.get(1).get("economic_class"));
        assertEquals(null, classes.get(2).get("economic_class"));
        String text = new String(
                export("baoshan-dept", "expenditures", "format=csv&projectId=" + project), StandardCharsets.UTF_8);
        assertTrue(text.contains("经济分类") && text.contains(",30226 劳务费,"), text);

        byte[] wrong = csv("""
                会计凭证号,支出日期,金额,支出内容,经济分类
                记-34,2095-04-04,1,不存在的分类,39999
                """);
        upload("baoshan-dept", "expenditures", "mode=commit&projectId=" + project, "w.csv", wrong)
                .then()
                .statusCode(422)
                .body("errors.text[0]", org.hamcrest.Matchers.startsWith("第 2 行「经济分类」：「39999」不是可选的值"));
        assertEquals(3, data.count("select count(*) from expenditure where project_id = ?", project));
    }

    @Test
    void contractsCarryWhetherTheyBuyAServiceBothWays() {
        byte[] file = csv("""
                部门编码,合同名称,供应商,合同金额（万元）,采购方式,政府购买服务
                zwfwglj,TT 综合窗口受理服务,某服务公司,40,竞争性磋商,是
                zwfwglj,TT 办公设备,某设备公司,5,询价,否
                """);
        upload("baoshan-dept", "contracts", "mode=commit", "合同.csv", file)
                .then()
                .statusCode(200)
                .body("created", equalTo(2));
        assertEquals(1, data.count("select count(*) from contract where title = 'TT 综合窗口受理服务' and purchased_service"));
        assertEquals(1, data.count("select count(*) from contract where title = 'TT 办公设备' and not purchased_service"));
        String text = new String(export("baoshan-dept", "contracts", "format=csv"), StandardCharsets.UTF_8);
        assertTrue(text.contains("政府购买服务") && text.contains("TT 综合窗口受理服务,某服务公司"), text);
        upload("baoshan-dept", "contracts", "mode=commit", "合同.csv", export("baoshan-dept", "contracts", "format=csv"))
                .then()
                .statusCode(200)
                .body("created", equalTo(0))
                .body("updated", equalTo(0));
    }

    @Test
    void expenditureOfAnotherDepartmentsProjectIsRefused() {
        data.project(BAOSHAN, "czj", "TT-2095-CZJ", 2095, "TT 财政局项目");
        byte[] file = csv("""
                项目预算编码,支出日期,金额（万元）,支出内容
                TT-2095-001,2095-01-01,1,本部门
                TT-2095-CZJ,2095-01-02,2,其他部门
                TT-2095-404,2095-01-03,3,不存在
                TT-2095-001,2095-01-04,0,零元
                """);
        upload("baoshan-dept", "expenditures", "mode=commit", "x.csv", file)
                .then()
                .statusCode(422)
                .body(
                        "errors.text",
                        org.hamcrest.Matchers.contains(
                                "第 3 行「项目预算编码」：无权导入其他部门的数据 (you may not import another department's data)",
                                "第 4 行「项目预算编码」：找不到预算编码为「TT-2095-404」的项目 (no project with this budget code)",
                                "第 5 行「金额（万元）」：必须大于 0 (must be greater than 0)"));
        assertEquals(0, data.count("select count(*) from expenditure where project_id = ?", project));
    }

    @Test
    void contractsExportThenImportGivesTheSameContractsBack() {
        data.contract(
                BAOSHAN,
                "zwfwglj",
                project,
                "TT-HT-2095-01",
                "TT 一窗受理系统开发",
                "湖南某科技有限公司",
                "358.392",
                "2095-03-15",
                "OPEN_TENDER",
                "2095-11-30",
                "PASSED");
        data.contract(BAOSHAN, "zwfwglj", null, null, "TT 自助终端运维", "云南某信息公司", "12", null, "INQUIRY", null, "PENDING");
        var before = data.rows(CONTRACTS);
        for (String format : new String[] {"xlsx", "csv"}) {
            byte[] file = export("baoshan-dept", "contracts", "format=" + format);
            String csvText = format.equals("csv") ? new String(file, StandardCharsets.UTF_8) : "";
            assertTrue(format.equals("xlsx") || csvText.contains("公开招标") && csvText.contains("合格"), csvText);
            upload("baoshan-dept", "contracts", "mode=commit", "合同." + format, file)
                    .then()
                    .statusCode(200)
                    .body("created", equalTo(0))
                    .body("updated", equalTo(0));
            assertEquals(before, data.rows(CONTRACTS));

            data.update("delete from contract where title like 'TT %'");
            upload("baoshan-dept", "contracts", "mode=commit", "合同." + format, file)
                    .then()
                    .statusCode(200)
                    .body("created", equalTo(2));
            assertEquals(before, data.rows(CONTRACTS));
        }
        data.update("delete from contract where title like 'TT %'");
        byte[] handTyped = csv("""
                合同编号,部门编码,项目预算编码,合同名称,供应商,合同金额（万元）,签订日期,采购方式,验收条款,验收日期,验收结果
                TT-HT-2095-01,zwfwglj,TT-2095-001,TT 一窗受理系统开发,湖南某科技有限公司,358.392,2095-03-15,公开招标,试运行一个月，15个工作日内验收,2095-11-30,合格
                ,zwfwglj,,TT 自助终端运维,云南某信息公司,12,,询价,试运行一个月，15个工作日内验收,,待验收
                """);
        upload("baoshan-dept", "contracts", "mode=commit", "合同.csv", handTyped)
                .then()
                .statusCode(200)
                .body("created", equalTo(2));
        assertEquals(before, data.rows(CONTRACTS));
        // the same sheet again matches on 合同编号, and on 部门 + 合同名称 + 供应商 where there is none
        upload("baoshan-dept", "contracts", "mode=commit", "合同.csv", handTyped)
                .then()
                .statusCode(200)
                .body("unchanged", equalTo(2));
    }

    @Test
    void financeReviewerMayExportContractsButNotImportThem() {
        data.contract(BAOSHAN, "czj", null, "TT-HT-CZJ", "TT 财政局合同", "某公司", "1", "2095-01-01", "INQUIRY", null, null);
        String text =
                new String(export("baoshan-finance", "contracts", "format=csv&year=2095"), StandardCharsets.UTF_8);
        assertTrue(text.contains("TT-HT-CZJ"), text);
        upload("baoshan-finance", "contracts", "mode=preview", "c.csv", csv("合同名称\nx\n"))
                .then()
                .statusCode(403)
                .body("message", containsString("无权导入「合同」"));
        String own = new String(export("baoshan-dept", "contracts", "format=csv&year=2095"), StandardCharsets.UTF_8);
        assertTrue(!own.contains("TT-HT-CZJ"), "an editor exports only their department's contracts: " + own);
    }
}

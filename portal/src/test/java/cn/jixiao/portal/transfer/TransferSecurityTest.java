package cn.jixiao.portal.transfer;

import static cn.jixiao.portal.transfer.Fixtures.BAOSHAN;
import static cn.jixiao.portal.transfer.Fixtures.csv;
import static cn.jixiao.portal.transfer.Fixtures.export;
import static cn.jixiao.portal.transfer.Fixtures.upload;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Other regions never see or touch this region's rows; bad uploads get a 4xx with a message. */
@QuarkusTest
class TransferSecurityTest {
    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    Fixtures data;

    @BeforeEach
    void seed() {
        data = new Fixtures(owner);
        data.clean();
    }

    @AfterEach
    void clean() {
        data.clean();
    }

    @Test
    void anotherRegionsUserSeesNoneOfThisRegionsDataInExports() {
        data.budget(BAOSHAN, "czj", 2095, Map.of("current_year_income", new BigDecimal("99.5")));
        long project = data.project(BAOSHAN, "zwfwglj", "TT-SEC-1", 2095, "TT 保山项目");
        data.expenditure(BAOSHAN, project, "保山支出", "1", "记-1", "2095-01-01", null);
        data.contract(
                BAOSHAN, "zwfwglj", project, "TT-SEC-HT", "TT 保山合同", "某公司", "5", "2095-02-01", "INQUIRY", null, null);

        for (String sheet : new String[] {"budgets", "expenditures", "contracts"}) {
            String text = new String(export("yueyang-finance", sheet, "format=csv"), StandardCharsets.UTF_8);
            assertFalse(text.contains("保山") || text.contains("TT-SEC") || text.contains("99.5"), sheet + ": " + text);
        }
        given().auth()
                .oauth2(Tokens.accessToken("yueyang-finance"))
                .get("/api/transfer/expenditures/export?format=csv&projectId=" + project)
                .then()
                .statusCode(404)
                .body("message", containsString("项目不存在"));
    }

    @Test
    void anotherRegionsUserCannotImportIntoThisRegion() {
        long project = data.project(BAOSHAN, "zwfwglj", "TT-SEC-2", 2095, "TT 保山项目");
        upload("yueyang-finance", "budgets", "mode=commit", "b.csv", csv("部门编码,年度,本年收入\nzwfwglj,2095,1\n"))
                .then()
                .statusCode(422)
                .body("errors[0].text", startsWith("第 2 行「部门编码」：部门编码「zwfwglj」在本地区不存在"));
        upload(
                        "yueyang-dept",
                        "expenditures",
                        "mode=commit",
                        "e.csv",
                        csv("项目ID,支出日期,金额,支出内容\n" + project + ",2095-01-01,1,越权\n"))
                .then()
                .statusCode(422)
                .body("errors[0].text", startsWith("第 2 行「项目ID」：项目ID " + project + " 不存在"));
        assertEquals(0, data.count("select count(*) from expenditure where project_id = ?", project));
        assertEquals(0, data.count("select count(*) from department_budget where year = 2095"));
    }

    @Test
    void regionAdminMayExportButNotImport() {
        export("baoshan-admin", "budgets", "format=xlsx");
        upload("baoshan-admin", "budgets", "mode=preview", "b.csv", csv("部门编码,年度\nczj,2095\n"))
                .then()
                .statusCode(403)
                .body("message", containsString("无权导入「部门预算」"));
    }

    @Test
    void oversizedUploadIsA413WithAMessage() {
        byte[] big = new byte[1_200_000]; // the test profile allows 1 MB
        java.util.Arrays.fill(big, (byte) 'a');
        upload("baoshan-finance", "budgets", "mode=preview", "big.csv", big)
                .then()
                .statusCode(413)
                .body("message", containsString("文件太大"));
    }

    @Test
    void aFileNameWithControlOrBidiCharactersIsCleanedNotAServerError() {
        upload("baoshan-finance", "budgets", "mode=preview", "预算\u0000\u202E.csv", csv("部门编码,年度\n"))
                .then()
                .statusCode(200)
                .body("fileName", equalTo("预算.csv"));
    }

    @Test
    void nonSpreadsheetUploadIsA415WithAMessage() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        upload("baoshan-finance", "budgets", "mode=preview", "budgets.csv", png)
                .then()
                .statusCode(415)
                .body("error", equalTo("unsupported_file"))
                .body("message", containsString("不是 CSV 或 Excel"));
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        upload("baoshan-finance", "budgets", "mode=preview", "budgets.xls", xls)
                .then()
                .statusCode(415)
                .body("message", containsString("另存为 .xlsx 或 CSV"));
        upload("baoshan-finance", "budgets", "mode=preview&format=xlsx", "budgets.csv", csv("部门编码,年度\nczj,2095\n"))
                .then()
                .statusCode(415)
                .body("message", containsString("与指定的格式 xlsx 不符"));
        upload("baoshan-finance", "budgets", "mode=preview", "budgets.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2, 3})
                .then()
                .statusCode(400)
                .body("message", containsString("无法读取该 Excel 文件"));
    }

    @Test
    void requestsThatMakeNoSenseAre4xxWithAMessage() {
        String token = Tokens.accessToken("baoshan-finance");
        given().auth()
                .oauth2(token)
                .get("/api/transfer/payments/export")
                .then()
                .statusCode(404)
                .body("message", containsString("没有名为「payments」的表格"));
        given().auth()
                .oauth2(token)
                .get("/api/transfer/budgets/export?format=pdf")
                .then()
                .statusCode(400)
                .body("message", containsString("csv 或 xlsx"));
        given().auth()
                .oauth2(token)
                .get("/api/transfer/budgets/export?year=abc")
                .then()
                .statusCode(400)
                .body("message", containsString("年度"));
        given().auth()
                .oauth2(token)
                .multiPart("x", "y")
                .post("/api/transfer/budgets/import")
                .then()
                .statusCode(400)
                .body("message", containsString("请选择要上传的文件"));
        upload("baoshan-finance", "budgets", "mode=maybe", "b.csv", csv("部门编码,年度\nczj,2095\n"))
                .then()
                .statusCode(400)
                .body("message", containsString("preview 或 commit"));
    }

    @Test
    void exportHasAChineseFileNameAndTheRightType() {
        given().auth()
                .oauth2(Tokens.accessToken("baoshan-finance"))
                .get("/api/transfer/budgets/export?format=xlsx&year=2095")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        "Content-Disposition",
                        equalTo("attachment; filename=\"budgets-2095.xlsx\"; "
                                + "filename*=UTF-8''%E9%83%A8%E9%97%A8%E9%A2%84%E7%AE%97-2095.xlsx"));
    }
}

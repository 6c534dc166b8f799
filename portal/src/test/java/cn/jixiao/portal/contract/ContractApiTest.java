package cn.jixiao.portal.contract;

import static cn.jixiao.portal.project.ProjectFixtures.YUEYANG;
import static cn.jixiao.portal.project.ProjectFixtures.as;
import static cn.jixiao.portal.project.ProjectFixtures.count;
import static cn.jixiao.portal.project.ProjectFixtures.createProject;
import static cn.jixiao.portal.project.ProjectFixtures.decimal;
import static cn.jixiao.portal.project.ProjectFixtures.demoProjectId;
import static cn.jixiao.portal.project.ProjectFixtures.departmentId;
import static cn.jixiao.portal.project.ProjectFixtures.strings;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContractApiTest {
    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    private static Map<String, Object> contract(long department, Long project, String amount, String method) {
        var body = new HashMap<String, Object>();
        body.put("departmentId", department);
        body.put("projectId", project);
        body.put("title", "自助终端采购合同");
        body.put("vendor", "某信息技术有限公司");
        body.put("amount", amount);
        body.put("signedOn", "2024-04-10");
        body.put("workStartedOn", "2024-04-20");
        body.put("procurementMethod", method);
        body.put("acceptanceTerms", "试运行一个月后15个工作日内验收");
        return body;
    }

    @Test
    void demoContractsShowTheFlagsTheSeedsDescribe() {
        String yueyang = Tokens.accessToken("yueyang-finance");
        long demo = demoProjectId(yueyang);
        as(yueyang)
                .get("/api/contracts?projectId=" + demo)
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].vendor", equalTo("江苏国泰新点软件有限公司"))
                .body("items[0].amount", decimal("358.392"))
                .body("items[0].procurementMethod", equalTo("OPEN_TENDER"))
                .body("items[0].paidTotal", decimal("107.5176"))
                // no signing date in the seed; paid 30% before acceptance; open tender, so no threshold flag
                .body(
                        "items[0].flags.code",
                        equalTo(List.of("NO_SIGNING_DATE", "WORK_BEFORE_SIGNING", "PAID_NOT_ACCEPTED")));

        String yijinhuoluo = Tokens.accessToken("yijinhuoluo-finance");
        as(yijinhuoluo)
                .get("/api/contracts?size=200")
                .then()
                .statusCode(200)
                .body(
                        "items.find { it.vendor == '上海卓繁信息技术股份有限公司' }.flags.code",
                        equalTo(List.of("NO_SIGNING_DATE", "NO_AMOUNT")))
                .body(
                        "items.find { it.vendor == '鄂尔多斯市雅轩装饰工程有限公司' }.flags.code",
                        equalTo(List.of("NO_SIGNING_DATE", "WORK_BEFORE_SIGNING", "NO_AMOUNT")));
        as(yijinhuoluo)
                .get("/api/settings/procurement-threshold")
                .then()
                .statusCode(200)
                .body("procurementThreshold", decimal("60"))
                .body("regionSet", equalTo(true))
                .body("unit", equalTo("万元"));
    }

    @Test
    void editorRecordsAContractPaymentsAndAcceptanceAndTheFlagsFollow() throws Exception {
        String editor = Tokens.accessToken("yueyang-dept");
        long department = departmentId(editor, "zwfwzx");
        long project = createProject(editor, department, "合同测试项目");

        Number id = as(editor)
                .body(contract(department, project, "10", "INQUIRY"))
                .post("/api/contracts")
                .then()
                .statusCode(201)
                .body("projectName", equalTo("合同测试项目"))
                .body("procurementMethodLabel", equalTo("询价"))
                .body("flags", empty())
                .extract()
                .path("id");

        as(editor)
                .body(Map.of("paidOn", "2024-05-01", "amount", "6"))
                .post("/api/contracts/" + id + "/payments")
                .then()
                .statusCode(201)
                .body("paidTotal", decimal("6"))
                .body("flags.code", equalTo(List.of("PAID_NOT_ACCEPTED")));
        as(editor)
                .body(Map.of("paidOn", "2024-06-01", "amount", "4.5", "note", "尾款"))
                .post("/api/contracts/" + id + "/payments")
                .then()
                .statusCode(201)
                .body("paidTotal", decimal("10.5"))
                .body("payments", hasSize(2))
                .body("flags.code", equalTo(List.of("OVERPAID", "PAID_NOT_ACCEPTED")));

        as(editor)
                .body(Map.of("result", "PASSED", "version", 0))
                .put("/api/contracts/" + id + "/acceptance")
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("acceptedOn"));
        as(editor)
                .body(Map.of("result", "PASSED", "acceptedOn", "2024-06-20", "version", 0))
                .put("/api/contracts/" + id + "/acceptance")
                .then()
                .statusCode(200)
                .body("acceptanceResultLabel", equalTo("验收合格"))
                .body("acceptanceTerms", equalTo("试运行一个月后15个工作日内验收"))
                .body("flags.code", equalTo(List.of("OVERPAID")))
                .body("version", equalTo(1));

        assertEquals(
                List.of("CREATE", "ACCEPT"),
                strings(
                        owner,
                        "select action from audit_log where tenant_id = ? and entity = 'Contract' and entity_id = ? order by id",
                        YUEYANG,
                        id.longValue()));
        assertEquals(
                2,
                count(
                        owner,
                        "select count(*) from audit_log where tenant_id = ? and entity = 'Payment'"
                                + " and (after->>'contractId')::bigint = ?",
                        YUEYANG,
                        id.longValue()));
    }

    @Test
    void staleContractEditIsRefusedWith409AndNothingChanges() {
        String editor = Tokens.accessToken("yueyang-dept");
        long department = departmentId(editor, "zwfwzx");
        var body = contract(department, null, "20", "INQUIRY");
        Number id = as(editor)
                .body(body)
                .post("/api/contracts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        body.put("version", 0);
        body.put("vendor", "第一位保存的供应商");
        as(editor).body(body).put("/api/contracts/" + id).then().statusCode(200).body("version", equalTo(1));
        body.put("vendor", "旧版本上的修改");
        as(editor).body(body).put("/api/contracts/" + id).then().statusCode(409);
        as(editor)
                .body(Map.of("result", "FAILED", "acceptedOn", "2024-06-20", "version", 0))
                .put("/api/contracts/" + id + "/acceptance")
                .then()
                .statusCode(409);
        as(editor)
                .get("/api/contracts/" + id)
                .then()
                .statusCode(200)
                .body("vendor", equalTo("第一位保存的供应商"))
                .body("acceptanceResult", equalTo(null));
    }

    @Test
    void badContractInputIsRefusedWith400AndNothingSaved() throws Exception {
        String editor = Tokens.accessToken("yueyang-dept");
        long department = departmentId(editor, "zwfwzx");
        long before = count(owner, "select count(*) from contract where tenant_id = ?", YUEYANG);

        var body = contract(department, null, "-1", null);
        body.put("vendor", "");
        as(editor)
                .body(body)
                .post("/api/contracts")
                .then()
                .statusCode(400)
                .body("fields.field", hasItems("vendor", "amount", "procurementMethod"));
        as(editor)
                .body(contract(department, 987654321L, "1", "INQUIRY"))
                .post("/api/contracts")
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("projectId"));
        var method = contract(department, null, "1", "BID");
        as(editor)
                .body(method)
                .post("/api/contracts")
                .then()
                .statusCode(400)
                .body("fields[0].message", containsString("OPEN_TENDER"));

        Number id = as(editor)
                .body(contract(department, null, "1", "INQUIRY"))
                .post("/api/contracts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(editor)
                .body(Map.of("amount", "0"))
                .post("/api/contracts/" + id + "/payments")
                .then()
                .statusCode(400)
                .body("fields.field", hasItems("amount", "paidOn"));
        assertEquals(before + 1, count(owner, "select count(*) from contract where tenant_id = ?", YUEYANG));
        assertEquals(
                0,
                count(
                        owner,
                        "select count(*) from payment where tenant_id = ? and contract_id = ?",
                        YUEYANG,
                        id.longValue()));
    }

    @Test
    void theRegionsThresholdDecidesWhichContractsNeededGovernmentProcurement() {
        String editor = Tokens.accessToken("yueyang-dept");
        String finance = Tokens.accessToken("yueyang-finance");
        long department = departmentId(editor, "zwfwzx");
        Number id = as(editor)
                .body(contract(department, null, "94.55", "DECENTRALIZED"))
                .post("/api/contracts")
                .then()
                .statusCode(201)
                .body("flags.code", equalTo(List.of("OVER_THRESHOLD_WITHOUT_PROCUREMENT")))
                .extract()
                .path("id");

        Number version = as(finance)
                .get("/api/settings/procurement-threshold")
                .then()
                .statusCode(200)
                .extract()
                .path("version");
        as(editor)
                .body(Map.of("procurementThreshold", 100, "version", version))
                .put("/api/settings/procurement-threshold")
                .then()
                .statusCode(403);
        as(finance)
                .body(Map.of("procurementThreshold", -5, "version", version))
                .put("/api/settings/procurement-threshold")
                .then()
                .statusCode(400);
        Number raised = as(finance)
                .body(Map.of("procurementThreshold", 100, "version", version))
                .put("/api/settings/procurement-threshold")
                .then()
                .statusCode(200)
                .body("procurementThreshold", decimal("100"))
                .body("regionSet", equalTo(true))
                .extract()
                .path("version");
        try {
            as(editor).get("/api/contracts/" + id).then().statusCode(200).body("flags", empty());
            as(finance)
                    .body(Map.of("procurementThreshold", 50, "version", version))
                    .put("/api/settings/procurement-threshold")
                    .then()
                    .statusCode(409);
        } finally {
            as(Tokens.accessToken("yueyang-admin"))
                    .body(Map.of("procurementThreshold", 60, "version", raised))
                    .put("/api/settings/procurement-threshold")
                    .then()
                    .statusCode(200);
        }
        as(editor)
                .get("/api/contracts/" + id)
                .then()
                .body("flags.code", equalTo(List.of("OVER_THRESHOLD_WITHOUT_PROCUREMENT")));
    }

    @Test
    void financeReviewerReadsContractsButCannotChangeThem() {
        String editor = Tokens.accessToken("yueyang-dept");
        String finance = Tokens.accessToken("yueyang-finance");
        long department = departmentId(editor, "zwfwzx");
        Number id = as(editor)
                .body(contract(department, null, "5", "INQUIRY"))
                .post("/api/contracts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(finance).get("/api/contracts/" + id).then().statusCode(200);
        as(finance)
                .body(contract(department, null, "5", "INQUIRY"))
                .post("/api/contracts")
                .then()
                .statusCode(403);
        as(finance)
                .body(Map.of("paidOn", "2024-05-01", "amount", "1"))
                .post("/api/contracts/" + id + "/payments")
                .then()
                .statusCode(403);
    }
}

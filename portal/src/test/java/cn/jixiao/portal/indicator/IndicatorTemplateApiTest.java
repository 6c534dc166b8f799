package cn.jixiao.portal.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IndicatorTemplateApiTest {

    private static Map<String, Object> row(String key, String parent, String name, double weight, String rule) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("key", key);
        row.put("parentKey", parent);
        row.put("name", name);
        row.put("weight", weight);
        row.put("rule", rule);
        return row;
    }

    /** 项目管理 25 + 项目绩效 75 after seed 003, with 资金管理's leaves adding up to {@code financeLeaves}. */
    private static Map<String, Object> tree(String name, double financeLeaves) {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(row("m", null, "项目管理", 25, null));
        rows.add(row("m1", "m", "资金到位", 5, null));
        var arrival = row("m11", "m1", "到位率", 5, "RECORD");
        arrival.put("recordKey", "FUNDS_ARRIVAL_RATE");
        rows.add(arrival);
        rows.add(row("m2", "m", "资金管理", 20, null));
        rows.add(row("m21", "m2", "资金使用", financeLeaves - 3, "MANUAL"));
        var finance = row("m22", "m2", "财务管理", 3, "CHECKLIST");
        finance.put(
                "ruleParams",
                Map.of(
                        "items",
                        List.of(
                                Map.of("text", "①财务制度健全", "points", 1),
                                Map.of("text", "②严格执行制度", "points", 1),
                                Map.of("text", "③会计核算规范", "points", 1))));
        finance.put("evidenceRequired", true);
        rows.add(finance);
        rows.add(row("p", null, "项目绩效", 75, null));
        rows.add(row("p1", "p", "项目效果", 75, null));
        rows.add(row("p11", "p1", "服务对象满意度", 75, "BANDS"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("subjectKind", "PROJECT");
        body.put("evaluationKind", "SELF");
        body.put("indicators", rows);
        return body;
    }

    private static long templateId(String user, String builtinCode) {
        Number id = given().auth()
                .oauth2(Tokens.accessToken(user))
                .get("/api/indicator-templates")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.builtinCode == '" + builtinCode + "' }.id");
        return id.longValue();
    }

    @Test
    void theDemoRegionsHaveTheReadyTemplatesTheirSeedsUse() {
        given().auth()
                .oauth2(Tokens.accessToken("yijinhuoluo-dept"))
                .get("/api/indicator-templates")
                .then()
                .statusCode(200)
                .body(
                        "items.builtinCode",
                        hasItems("yijinhuoluo-kiosk-2022", "yijinhuoluo-department-2021", "national-project-self"))
                .body("items.builtinCode", not(hasItem("yueyang-yichuang-2020")))
                .body("items.findAll { it.builtinCode == 'yijinhuoluo-kiosk-2022' }.size()", equalTo(1));
        long kiosk = templateId("yijinhuoluo-finance", "yijinhuoluo-kiosk-2022");
        List<Number> level1 = given().auth()
                .oauth2(Tokens.accessToken("yijinhuoluo-finance"))
                .get("/api/indicator-templates/" + kiosk)
                .then()
                .statusCode(200)
                .body("subjectKind", equalTo("PROJECT"))
                .body("evaluationKind", equalTo("THIRD_PARTY"))
                .body("editable", equalTo(true))
                .body("indicators.findAll { it.level == 1 }.name", equalTo(List.of("决策", "过程", "产出", "效益")))
                .body("indicators.find { it.name == '设备验收合格率' }.recordKey", equalTo("DEVICE_ACCEPTED_RATE"))
                .extract()
                .path("indicators.findAll { it.level == 1 }.weight");
        assertEquals(
                List.of(15.0, 20.0, 30.0, 35.0),
                level1.stream().map(Number::doubleValue).toList());
    }

    @Test
    void yueyangsTemplateIsThePrintedSystemWithItsEvidenceMarks() {
        long id = templateId("yueyang-finance", "yueyang-yichuang-2020");
        given().auth()
                .oauth2(Tokens.accessToken("yueyang-dept"))
                .get("/api/indicator-templates/" + id)
                .then()
                .statusCode(200)
                .body("editable", equalTo(false))
                .body("indicatorCount", equalTo(3 + 8 + 22))
                .body("indicators.find { it.name == '决策程序' }.ruleParams.items.points", equalTo(List.of(2, 1, 1)))
                .body("indicators.find { it.name == '分配办法' }.evidenceRequired", equalTo(true))
                .body("indicators.find { it.name == '目标内容' }.evidenceRequired", equalTo(false))
                .body("indicators.find { it.name == '到位率' }.recordKey", equalTo("FUNDS_ARRIVAL_RATE"))
                .body("indicators.find { it.name == '资金使用' }.rule", equalTo("MANUAL"))
                .body(
                        "indicators.find { it.name == '服务对象满意度' }.ruleParams.bands.from",
                        equalTo(List.of(90, 80, 70, 60)));
    }

    @Test
    void aFinanceReviewerCreatesAndReplacesATreeWithItsVersion() {
        String token = Tokens.accessToken("yijinhuoluo-finance");
        String name = "测试体系 " + System.nanoTime();
        var created = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(tree(name, 20))
                .post("/api/indicator-templates")
                .then()
                .statusCode(201)
                .body("name", equalTo(name))
                .body("indicatorCount", equalTo(9))
                .body("totalWeight", equalTo(100.0f))
                .body("indicators.find { it.name == '到位率' }.level", equalTo(3))
                .extract();
        int id = created.path("id");
        int version = created.path("version");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(tree(name, 20))
                .put("/api/indicator-templates/" + id)
                .then()
                .statusCode(400)
                .body("fields.field", hasItem("version"));
        var body = tree(name + " 改", 20);
        body.put("version", version);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/indicator-templates/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo(name + " 改"))
                .body("version", equalTo(version + 1));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/indicator-templates/" + id)
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("version", version + 1))
                .post("/api/indicator-templates/" + id + "/deactivate")
                .then()
                .statusCode(200)
                .body("active", equalTo(false));
        // the template's history, newest first, readable by everyone in the region
        given().auth()
                .oauth2(Tokens.accessToken("yijinhuoluo-dept"))
                .get("/api/audit?entity=IndicatorTemplate&entityId=" + id)
                .then()
                .statusCode(200)
                .body("action", equalTo(List.of("DEACTIVATE", "UPDATE", "CREATE")))
                .body("entity", hasItems("IndicatorTemplate"))
                .body("actor", hasItems("yijinhuoluo-finance"))
                .body("[1].before.name", equalTo(name))
                .body("[1].after.name", equalTo(name + " 改"))
                .body("[2].before", equalTo(null));
    }

    @Test
    void aTreeThatDoesNotAddUpIsRefusedSayingWhereAndNothingIsSaved() {
        String token = Tokens.accessToken("yijinhuoluo-finance");
        String name = "不平衡体系 " + System.nanoTime();
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(tree(name, 19))
                .post("/api/indicator-templates")
                .then()
                .statusCode(400)
                .body("message", startsWith("二级指标「资金管理」下的三级指标分值合计 19，应为 20"))
                .body("fields.field", hasItem("indicators[3].weight"))
                .body("fields.find { it.field == 'indicators[3].weight' }.message", containsString("not 20"));
        given().auth()
                .oauth2(token)
                .get("/api/indicator-templates")
                .then()
                .statusCode(200)
                .body("items.name", not(hasItem(name)));
    }

    @Test
    void aLibraryTemplateIsCopiedAndASecondCopyGetsADistinctName() {
        String token = Tokens.accessToken("baoshan-finance");
        List<String> codes = given().auth()
                .oauth2(token)
                .get("/api/indicator-templates/library")
                .then()
                .statusCode(200)
                .extract()
                .path("code");
        assertEquals(TemplateLibrary.CODES, codes);
        String first = given().auth()
                .oauth2(token)
                .post("/api/indicator-templates/library/national-project-evaluation/copy")
                .then()
                .statusCode(201)
                .body("builtinCode", equalTo("national-project-evaluation"))
                .body("indicators.findAll { it.level == 1 }.name", equalTo(List.of("决策", "过程", "产出", "效益")))
                .extract()
                .path("name");
        var secondCopy = given().auth()
                .oauth2(token)
                .post("/api/indicator-templates/library/national-project-evaluation/copy")
                .then()
                .statusCode(201)
                .extract();
        String second = secondCopy.path("name");
        Number copied = secondCopy.path("id");
        assertNotEquals(first, second);
        given().auth()
                .oauth2(token)
                .get("/api/audit?entity=IndicatorTemplate&entityId=" + copied)
                .then()
                .statusCode(200)
                .body("action", equalTo(List.of("COPY")))
                .body("[0].after.builtinCode", equalTo("national-project-evaluation"));
        assertTrue(second.matches(".+ \\(\\d+\\)"), second);
        given().auth()
                .oauth2(token)
                .post("/api/indicator-templates/library/no-such-template/copy")
                .then()
                .statusCode(404);
    }

    @Test
    void anotherRegionsTemplateIsNotFound() {
        long yueyang = templateId("yueyang-finance", "yueyang-yichuang-2020");
        String token = Tokens.accessToken("yijinhuoluo-finance");
        given().auth()
                .oauth2(token)
                .get("/api/indicator-templates/" + yueyang)
                .then()
                .statusCode(404);
        var body = tree("越权 " + System.nanoTime(), 20);
        body.put("version", 0);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/indicator-templates/" + yueyang)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(token)
                .get("/indicator-templates/" + yueyang)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(token)
                .get("/api/audit?entity=IndicatorTemplate&entityId=" + yueyang)
                .then()
                .statusCode(404);
    }

    @Test
    void aDepartmentEditorReadsButMayNotChangeTemplates() {
        String token = Tokens.accessToken("yijinhuoluo-dept");
        long kiosk = templateId("yijinhuoluo-dept", "yijinhuoluo-kiosk-2022");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(tree("部门自建 " + System.nanoTime(), 20))
                .post("/api/indicator-templates")
                .then()
                .statusCode(403)
                .body("message", containsString("只有财政审核人或地区管理员可以维护指标体系"));
        given().auth()
                .oauth2(token)
                .post("/api/indicator-templates/library/national-project-self/copy")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("version", 0))
                .post("/api/indicator-templates/" + kiosk + "/deactivate")
                .then()
                .statusCode(403);
    }

    @Test
    void thePagesShowTheListTheLibraryAndTheTree() {
        String token = Tokens.accessToken("yijinhuoluo-finance");
        given().auth()
                .oauth2(token)
                .get("/indicator-templates")
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("id=\"templates\""),
                        containsString("政务自助便民服务点项目绩效评价指标体系"),
                        containsString("id=\"copy-yueyang-yichuang-2020\""),
                        containsString("复制到本地区")));
        long kiosk = templateId("yijinhuoluo-finance", "yijinhuoluo-kiosk-2022");
        given().auth()
                .oauth2(token)
                .get("/indicator-templates/" + kiosk)
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("id=\"template-tree\""),
                        containsString("设备验收合格率"),
                        containsString("<th id=\"total-weight\">100"),
                        containsString("id=\"template-form\""),
                        containsString("data-items=\"indicators\"")));
        given().auth()
                .oauth2(Tokens.accessToken("yijinhuoluo-dept"))
                .get("/indicator-templates/" + kiosk)
                .then()
                .statusCode(200)
                .body(allOf(containsString("设备验收合格率"), not(containsString("id=\"template-form\""))));
        given().auth()
                .oauth2(Tokens.accessToken("yijinhuoluo-dept"))
                .get("/indicator-templates/new")
                .then()
                .statusCode(403);
    }
}

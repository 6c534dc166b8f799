package cn.jixiao.portal.copies;

import static cn.jixiao.portal.evaluation.review.EvaluationRows.exec;
import static cn.jixiao.portal.evaluation.review.EvaluationRows.selfEvaluation;
import static cn.jixiao.portal.project.ProjectFixtures.as;
import static cn.jixiao.portal.project.ProjectFixtures.count;
import static cn.jixiao.portal.project.ProjectFixtures.createProject;
import static cn.jixiao.portal.project.ProjectFixtures.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.platform.tenancy.Tenancy;
import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Copies and text of another body, through the API on the real stack: a draft of 岳阳市 copying a
 * published report of 保山市 is found and names it; copying 保山市's unpublished draft is not, and
 * nothing of that draft is readable from 岳阳市; a copy between two departments of 伊金霍洛旗 is found;
 * another department's name where the report speaks of itself blocks publication.
 */
@QuarkusTest
class ReportCopiesTest {
    static final String YUEYANG = "430600";
    static final String BAOSHAN = "530500";
    static final String YIJINHUOLUO = "150627";

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    /** What the portal connects as (RLS applies). */
    @Inject
    AgroalDataSource appRole;

    final String yueyang = Tokens.accessToken("yueyang-dept");
    final String yueyangFinance = Tokens.accessToken("yueyang-finance");
    final String baoshan = Tokens.accessToken("baoshan-dept");
    final String bureau = Tokens.accessToken("yijinhuoluo-dept");
    final String shebao = Tokens.accessToken("yijinhuoluo-shebao");
    final String yijinhuoluoFinance = Tokens.accessToken("yijinhuoluo-finance");

    /** Terms of the seeds' reports: a paragraph is made of them at random, different at every run. */
    static final String[] TERMS = {
        "政务服务", "一窗受理", "综合窗口", "自助终端", "服务点", "预算执行率", "资金到位率", "项目资金", "绩效目标", "年度指标",
        "实际完成值", "满意度调查", "第三方评价", "部门整体支出", "三公经费", "公用经费", "政府采购", "固定资产", "放管服改革", "电子政务",
        "政务公开", "政府热线", "行政审批", "便民服务", "代办点", "联网验收", "试运行", "验收合格", "投入使用", "设备采购",
        "合同签订", "付款凭证", "结余资金", "上年结转", "基本支出", "项目支出", "预算调整", "整改措施", "存在问题", "结果应用",
        "佐证资料", "指标体系", "评分标准", "按期完成", "尚未验收", "明显提升", "进一步加强", "认真落实", "统筹推进", "逐项核对",
        "及时报送", "规范管理", "群众满意", "办事材料", "减少跑动", "网上可办", "排队叫号", "高拍仪", "证照打印", "社保查询",
        "营商环境", "审批时限", "办件量", "运维服务", "故障维修", "招标采购", "公开招标", "合同金额", "质保期", "资产入账"
    };

    static final String GLUE = "，；和及的在对按将为并等中";

    /** A paragraph of 24 terms at random after the body's place name: no other run has it. */
    static String paragraph(String place) {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        var b = new StringBuilder(place);
        for (int i = 0; i < 24; i++) {
            b.append(TERMS[random.nextInt(TERMS.length)]).append(GLUE.charAt(random.nextInt(GLUE.length())));
        }
        return b.append("。").toString();
    }

    /** A copier's edits: the place name swapped, two terms replaced, one dropped, a figure added. */
    static String copied(String text, String from, String to) {
        String out = text.replace(from, to);
        int replaced = 0;
        for (String term : TERMS) {
            if (replaced < 2 && out.contains(term)) {
                out = out.replaceFirst(term, "工作任务");
                replaced++;
            } else if (replaced == 2 && out.contains(term)) {
                out = out.replaceFirst(term, "");
                break;
            }
        }
        return out.replace("。", "，完成率100%。");
    }

    long department(String token) {
        Number id = as(token).get("/api/me").then().statusCode(200).extract().path("department.id");
        return id.longValue();
    }

    /** An approved self-evaluation of a new project of the token's department, and a report draft of it. */
    long draft(String token, String tenant, String orgCode, int year) throws Exception {
        long department = department(token);
        exec(owner, "update department set org_code = ? where id = ? and org_code is null", orgCode, department);
        long project = createProject(token, department, unique("复制核查"));
        exec(
                owner,
                "update project_fund set planned = 358.392, arrived = 358.392, spent = 107.5176 where project_id = ?",
                project);
        long evaluation =
                selfEvaluation(owner, tenant, department, project, year).evaluationId();
        exec(
                owner,
                "update evaluation set status = 'APPROVED', decided_by = 'test', decided_at = now() where id = ?",
                evaluation);
        Number id = as(token)
                .body(Map.of("evaluationId", evaluation))
                .post("/api/reports")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        drafted.put(id.longValue(), token);
        return id.longValue();
    }

    /** The reports this test made, with who made them: published ones are withdrawn after each test. */
    final Map<Long, String> drafted = new HashMap<>();

    /**
     * Takes what a test published off the public site again (the public-site suite searches the same
     * database afterwards and expects its own fixtures first for 保山 and 伊金霍洛旗).
     */
    @AfterEach
    void withdrawWhatWasPublished() {
        drafted.forEach((report, token) -> {
            if ("PUBLISHED"
                    .equals(as(token)
                            .get("/api/reports/" + report)
                            .then()
                            .extract()
                            .path("status"))) {
                as(token)
                        .body(Map.of("reason", "测试结束，撤下 (test over)", "version", version(token, report)))
                        .post("/api/reports/" + report + "/withdraw")
                        .then()
                        .statusCode(200);
            }
        });
        drafted.clear();
    }

    int version(String token, long report) {
        Number v = as(token)
                .get("/api/reports/" + report)
                .then()
                .statusCode(200)
                .extract()
                .path("version");
        return v.intValue();
    }

    void write(String token, long report, String section, String text) {
        as(token)
                .body(Map.of("narrative", text, "version", version(token, report)))
                .put("/api/reports/" + report + "/sections/" + section)
                .then()
                .statusCode(200);
    }

    io.restassured.response.ValidatableResponse publish(String token, long report) {
        var body = new HashMap<String, Object>();
        body.put("catalog", "自评报告");
        body.put("version", version(token, report));
        return as(token).body(body).post("/api/reports/" + report + "/publish").then();
    }

    long evaluationOf(String token, long report) {
        Number e = as(token)
                .get("/api/reports/" + report)
                .then()
                .statusCode(200)
                .extract()
                .path("evaluationId");
        return e.longValue();
    }

    JsonPath findings(String financeToken, long evaluation, String code) {
        return as(financeToken)
                .queryParam("evaluationId", evaluation)
                .queryParam("code", code)
                .get("/api/findings")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void aCopyOfAnotherRegionsPublishedReportIsFoundAndNamesIt() throws Exception {
        String original = paragraph("保山市");
        long source = draft(baoshan, BAOSHAN, "57980172-X", 2036);
        write(baoshan, source, "basic", original + "\n\n" + SeedParagraphs.BAOSHAN_STAFF);
        publish(baoshan, source).statusCode(200);
        String indexNo =
                as(baoshan).get("/api/reports/" + source).then().extract().path("indexNo");
        String title =
                as(baoshan).get("/api/reports/" + source).then().extract().path("title");

        long copy = draft(yueyang, YUEYANG, "12430600-X", 2036);
        write(yueyang, copy, "work", paragraph("岳阳市") + "\n\n" + copied(original, "保山市", "岳阳市"));

        JsonPath found = findings(yueyangFinance, evaluationOf(yueyang, copy), "COPIED_PARAGRAPH");
        assertEquals(1, found.getList("items").size(), found.prettify());
        assertEquals("WARNING", found.getString("items[0].severity"));
        assertEquals("OPEN", found.getString("items[0].state"));
        assertEquals("保山市", found.getString("items[0].evidence.otherRegion"));
        assertEquals(indexNo, found.getString("items[0].evidence.otherIndexNo"));
        assertEquals(title, found.getString("items[0].evidence.otherTitle"));
        assertEquals("保山市政务服务管理局", found.getString("items[0].evidence.otherDepartment"));
        assertTrue(found.getDouble("items[0].evidence.similarity") >= 0.5);
        assertTrue(found.getString("items[0].message").contains(indexNo));
        assertTrue(found.getString("items[0].subjectKey").startsWith("copy:" + copy + ":"));

        // rewritten in its own words, the finding is fixed at the next save
        write(yueyang, copy, "work", paragraph("岳阳市"));
        found = findings(yueyangFinance, evaluationOf(yueyang, copy), "COPIED_PARAGRAPH");
        assertEquals("FIXED", found.getString("items[0].state"));
    }

    @Test
    void aCopyOfAnotherRegionsDraftIsNotFoundAndNothingOfTheDraftIsVisible() throws Exception {
        String original = paragraph("保山市");
        String marker = original.substring(3, 23);
        long source = draft(baoshan, BAOSHAN, "57980172-X", 2037);
        write(baoshan, source, "basic", original);
        // the draft's paragraph is stored (as the owner sees)…
        assertEquals(
                1,
                count(
                        owner,
                        "select count(*) from paragraph_signature where report_id = ? and report_status = 'DRAFT'",
                        source));

        long copy = draft(yueyang, YUEYANG, "12430600-X", 2037);
        write(yueyang, copy, "work", copied(original, "保山市", "岳阳市"));
        long evaluation = evaluationOf(yueyang, copy);
        findings(yueyangFinance, evaluation, "COPIED_PARAGRAPH")
                .getList("items")
                .forEach(item -> {
                    throw new AssertionError("a draft of another region surfaced: " + item);
                });
        // …and 岳阳市's connection reads none of 保山市's drafts, nor its text
        assertEquals(
                0,
                appRoleCount(
                        YUEYANG,
                        "select count(*) from paragraph_signature where tenant_id = '" + BAOSHAN
                                + "' and report_status <> 'PUBLISHED'"));
        assertEquals(
                0,
                appRoleCount(
                        YUEYANG,
                        "select count(*) from paragraph_signature where tenant_id = '" + BAOSHAN + "' and text like '%"
                                + marker + "%'"));
        assertEquals(
                1,
                appRoleCount(
                        BAOSHAN,
                        "select count(*) from paragraph_signature where tenant_id = '" + BAOSHAN + "' and text like '%"
                                + marker + "%'"));

        // once 保山市 publishes it, the same copy is found at 岳阳市's next save
        publish(baoshan, source).statusCode(200);
        assertEquals(
                1,
                appRoleCount(
                        YUEYANG,
                        "select count(*) from paragraph_signature where tenant_id = '" + BAOSHAN + "' and text like '%"
                                + marker + "%'"));
        write(yueyang, copy, "work", copied(original, "保山市", "岳阳市") + "\n\n" + paragraph("岳阳市"));
        assertEquals(
                1,
                findings(yueyangFinance, evaluation, "COPIED_PARAGRAPH")
                        .getList("items")
                        .size());

        // withdrawn, its paragraphs leave the other regions' view in the same transaction
        as(baoshan)
                .body(Map.of("reason", "内容有误，撤回重报", "version", version(baoshan, source)))
                .post("/api/reports/" + source + "/withdraw")
                .then()
                .statusCode(200);
        assertEquals(
                0,
                appRoleCount(
                        YUEYANG,
                        "select count(*) from paragraph_signature where tenant_id = '" + BAOSHAN + "' and text like '%"
                                + marker + "%'"));
        write(yueyang, copy, "work", copied(original, "保山市", "岳阳市"));
        assertEquals(
                "FIXED",
                findings(yueyangFinance, evaluation, "COPIED_PARAGRAPH").getString("items[0].state"));
    }

    @Test
    void aCopyBetweenTwoDepartmentsOfTheRegionIsFoundWhileDrafts() throws Exception {
        String text = paragraph("2022年伊金霍洛旗");
        long source = draft(shebao, YIJINHUOLUO, "11150627-Y", 2036);
        write(shebao, source, "goals", text);
        long copy = draft(bureau, YIJINHUOLUO, "11150627-X", 2036);
        write(bureau, copy, "goals", copied(text, "2022年", "2021年"));

        JsonPath found = findings(yijinhuoluoFinance, evaluationOf(bureau, copy), "COPIED_PARAGRAPH");
        assertEquals(1, found.getList("items").size(), found.prettify());
        assertEquals("伊金霍洛旗就业和社会保险事业局", found.getString("items[0].evidence.otherDepartment"));
        assertEquals(false, found.getBoolean("items[0].evidence.otherPublished"));
        assertTrue(found.getString("items[0].message").contains("本地区草稿"));
    }

    @Test
    void anotherDepartmentsNameBlocksPublicationAndCleanTextDoesNot() throws Exception {
        long report = draft(bureau, YIJINHUOLUO, "11150627-X", 2037);
        write(bureau, report, "basic", "伊金霍洛旗政务服务局2021年度部门整体支出绩效自评由伊金霍洛旗财政局组织；伊金霍洛旗大数据中心负责联网验收，鄂尔多斯市政务服务局给予指导。");
        long evaluation = evaluationOf(bureau, report);
        assertEquals(
                0,
                findings(yijinhuoluoFinance, evaluation, "FOREIGN_BODY_TEXT")
                        .getList("items")
                        .size());

        write(bureau, report, "results", "伊金霍洛旗就业和社会保险事业局2021年度部门整体支出绩效自评结果已报旗财政局备案。");
        JsonPath found = findings(yijinhuoluoFinance, evaluation, "FOREIGN_BODY_TEXT");
        assertEquals(1, found.getList("items").size(), found.prettify());
        assertEquals("BLOCKING", found.getString("items[0].severity"));
        assertEquals("伊金霍洛旗就业和社会保险事业局", found.getString("items[0].evidence.term"));
        publish(bureau, report).statusCode(409).body("message", containsString("FOREIGN_BODY_TEXT"));

        // corrected, it publishes
        write(bureau, report, "results", "本局2021年度部门整体支出绩效自评结果已报旗财政局备案。");
        publish(bureau, report).statusCode(200).body("status", equalTo("PUBLISHED"));
        as(yijinhuoluoFinance)
                .queryParam("evaluationId", evaluation)
                .queryParam("code", "FOREIGN_BODY_TEXT")
                .queryParam("state", "OPEN")
                .get("/api/findings")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        // both rules are listed with the checks, with their severities
        as(yijinhuoluoFinance)
                .get("/api/findings/checks")
                .then()
                .statusCode(200)
                .body("find { it.code == 'FOREIGN_BODY_TEXT' }.severity", equalTo("BLOCKING"))
                .body("find { it.code == 'COPIED_PARAGRAPH' }.severity", equalTo("WARNING"));
    }

    @Test
    void aThemeTheDepartmentDoesNotHaveIsAWarningAndCooperationIsNot() throws Exception {
        long report = draft(bureau, YIJINHUOLUO, "11150627-X", 2040);
        write(bureau, report, "basic", "2021年，我局完成高标准农田建设2.3万亩，新建机井46眼。");
        long evaluation = evaluationOf(bureau, report);
        JsonPath found = findings(yijinhuoluoFinance, evaluation, "FOREIGN_THEME");
        assertEquals(1, found.getList("items").size(), found.prettify());
        assertEquals("WARNING", found.getString("items[0].severity"));
        assertEquals("高标准农田建设", found.getString("items[0].evidence.theme"));
        assertTrue(found.getString("items[0].message").contains("我局完成高标准农田建设2.3万亩"));
        // another region does not see it
        as(yueyangFinance)
                .queryParam("code", "FOREIGN_THEME")
                .get("/api/findings")
                .then()
                .statusCode(200)
                .body("items.findAll { it.evaluationId == " + evaluation + " }", hasSize(0));
        // cooperation with the body that owns the theme is the bureau's own work
        write(bureau, report, "basic", "2021年，我局配合旗农业农村局做好高标准农田建设项目的审批服务。");
        as(yijinhuoluoFinance)
                .queryParam("evaluationId", evaluation)
                .queryParam("code", "FOREIGN_THEME")
                .queryParam("state", "OPEN")
                .get("/api/findings")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        as(yijinhuoluoFinance)
                .get("/api/findings/checks")
                .then()
                .statusCode(200)
                .body("find { it.code == 'FOREIGN_THEME' }.severity", equalTo("WARNING"))
                .body("find { it.code == 'FOREIGN_THEME' }.defaultSeverity", equalTo("WARNING"));
    }

    int settingsVersion(String token) {
        Number v = as(token)
                .get("/api/findings/checks")
                .then()
                .statusCode(200)
                .extract()
                .path("find { it.code == 'FOREIGN_BODY_TEXT' }.settingsVersion");
        return v.intValue();
    }

    void severity(String token, String code, String level) {
        as(token)
                .body(Map.of("severity", level, "version", settingsVersion(token)))
                .put("/api/findings/checks/" + code + "/severity")
                .then()
                .statusCode(200)
                .body("code", equalTo(code))
                .body("severity", equalTo(level));
    }

    @Test
    void aRegionLowersForeignTextToAWarningAndRaisesCopiesToBlockingOnlyForItself() throws Exception {
        // a department editor may not change a rule's severity; an unknown code is a 404 in Chinese
        as(bureau)
                .body(Map.of("severity", "WARNING", "version", settingsVersion(bureau)))
                .put("/api/findings/checks/FOREIGN_BODY_TEXT/severity")
                .then()
                .statusCode(403);
        as(yijinhuoluoFinance)
                .body(Map.of("severity", "WARNING", "version", settingsVersion(yijinhuoluoFinance)))
                .put("/api/findings/checks/NO_SUCH_RULE/severity")
                .then()
                .statusCode(404)
                .body("message", containsString("没有这项核查"));
        severity(yijinhuoluoFinance, "FOREIGN_BODY_TEXT", "WARNING");
        severity(yijinhuoluoFinance, "COPIED_PARAGRAPH", "BLOCKING");
        try {
            as(yijinhuoluoFinance)
                    .get("/api/findings/checks")
                    .then()
                    .body("find { it.code == 'FOREIGN_BODY_TEXT' }.severity", equalTo("WARNING"))
                    .body("find { it.code == 'FOREIGN_BODY_TEXT' }.defaultSeverity", equalTo("BLOCKING"))
                    .body("find { it.code == 'COPIED_PARAGRAPH' }.severity", equalTo("BLOCKING"))
                    .body("find { it.code == 'COPIED_PARAGRAPH' }.defaultSeverity", equalTo("WARNING"));
            // another region keeps the defaults
            as(yueyangFinance)
                    .get("/api/findings/checks")
                    .then()
                    .body("find { it.code == 'FOREIGN_BODY_TEXT' }.severity", equalTo("BLOCKING"))
                    .body("find { it.code == 'COPIED_PARAGRAPH' }.severity", equalTo("WARNING"));

            // the other department's name is now a warning: kept and listed, publication goes on
            long report = draft(bureau, YIJINHUOLUO, "11150627-X", 2038);
            write(bureau, report, "results", "伊金霍洛旗就业和社会保险事业局2021年度部门整体支出绩效自评结果已报旗财政局备案。");
            JsonPath found = findings(yijinhuoluoFinance, evaluationOf(bureau, report), "FOREIGN_BODY_TEXT");
            assertEquals(1, found.getList("items").size(), found.prettify());
            assertEquals("WARNING", found.getString("items[0].severity"));
            publish(bureau, report).statusCode(200).body("status", equalTo("PUBLISHED"));

            // a copy between two departments of the region now blocks publication
            String text = paragraph("2022年伊金霍洛旗");
            long source = draft(shebao, YIJINHUOLUO, "11150627-Y", 2038);
            write(shebao, source, "goals", text);
            long copy = draft(bureau, YIJINHUOLUO, "11150627-X", 2039);
            write(bureau, copy, "goals", copied(text, "2022年", "2021年"));
            found = findings(yijinhuoluoFinance, evaluationOf(bureau, copy), "COPIED_PARAGRAPH");
            assertEquals(1, found.getList("items").size(), found.prettify());
            assertEquals("BLOCKING", found.getString("items[0].severity"));
            publish(bureau, copy).statusCode(409).body("message", containsString("COPIED_PARAGRAPH"));
        } finally {
            severity(yijinhuoluoFinance, "FOREIGN_BODY_TEXT", "BLOCKING");
            severity(yijinhuoluoFinance, "COPIED_PARAGRAPH", "WARNING");
        }
        // back to the defaults, the region's settings hold no override for them
        as(yijinhuoluoFinance)
                .get("/api/findings/checks")
                .then()
                .body("find { it.code == 'FOREIGN_BODY_TEXT' }.severity", equalTo("BLOCKING"))
                .body("find { it.code == 'COPIED_PARAGRAPH' }.severity", equalTo("WARNING"));
    }

    long appRoleCount(String tenant, String sql) throws Exception {
        return Tenancy.runAs(tenant, () -> {
            try (Connection c = appRole.getConnection();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}

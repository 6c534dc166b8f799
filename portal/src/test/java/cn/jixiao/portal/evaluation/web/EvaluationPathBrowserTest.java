package cn.jixiao.portal.evaluation.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.testing.Browser;
import cn.jixiao.testing.Tokens;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole path as 保山市's people walk it in a browser: the department sets its target table and the
 * finance reviewer approves it; the department starts the evaluation (the targets land on the
 * indicators), fills it, uploads the evidence an indicator requires and submits; finance returns it with
 * a comment; the department fixes it and submits again; finance approves; the national table is exported.
 */
@QuarkusTest
class EvaluationPathBrowserTest {
    private static final int YEAR = 2017; // a year no demo record and no other test uses for 保山市
    private static Browser browser;

    @TestHTTPResource("/")
    URL portal;

    @BeforeAll
    static void launch() {
        browser = Browser.launch();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void targetsApprovedEvaluationFilledWithEvidenceReturnedFixedApprovedAndTheTableExported() throws Exception {
        String template = smallDepartmentTemplate();

        // the department drafts its target table and submits it
        Page dept = browser.newPage();
        dept.onDialog(dialog -> dialog.accept());
        dept.navigate(portal + "targets/new");
        Browser.signIn(dept, "baoshan-dept", "demo");
        Browser.await(dept, "#target-new");
        dept.selectOption("#f-projectId", "");
        dept.fill("#f-year", String.valueOf(YEAR));
        dept.fill("#f-overallGoal", "办件量稳中有升，群众满意度保持在九成以上");
        dept.click("#create-target");
        Browser.await(dept, "#target-form");
        addTarget(dept, 0, "产出指标", "数量指标", "全年办件量", ">=", "1000", "件");
        addTarget(dept, 1, "效益指标", "社会效益指标", "群众办事一次办结比例", ">=", "100", "%");
        addTarget(dept, 2, "满意度指标", "服务对象满意度指标", "服务对象满意度", ">=", "90", "%");
        dept.waitForNavigation(() -> dept.click("#save-target"));
        Browser.await(dept, "#submit-target");
        dept.click("#submit-target");
        Browser.await(dept, "#target-status:has-text('待审核')");
        String targetUrl = dept.url();

        // finance approves it
        Page finance = browser.newPage();
        finance.onDialog(dialog -> dialog.accept());
        finance.navigate(targetUrl);
        Browser.signIn(finance, "baoshan-finance", "demo");
        Browser.await(finance, "#approve-target");
        finance.click("#approve-target");
        Browser.await(finance, "#target-status:has-text('已批复')");

        // the department starts the evaluation of its whole spending from the template
        dept.navigate(portal + "evaluations?year=" + YEAR);
        Browser.await(dept, "#start-evaluation");
        dept.selectOption("#start-evaluation select[name=projectId]", "");
        dept.fill("#start-evaluation input[name=year]", String.valueOf(YEAR));
        dept.selectOption("#start-evaluation select[name=kind]", "SELF");
        dept.selectOption("#start-evaluation select[name=templateId]", new SelectOption().setLabel(template));
        dept.click("#start-evaluation button[type=submit]");
        Browser.await(dept, "#evaluation-title");
        assertTrue(dept.textContent("#evaluation-status").contains("草稿"), dept.textContent("#evaluation-status"));
        String quantityRow = indicatorRow(dept, "数量指标").textContent();
        assertTrue(
                quantityRow.contains("1000"),
                "the approved target is on the leaf: " + quantityRow + " / history: " + dept.textContent("main"));
        Browser.assertAccessible(dept);

        fill(dept, "数量指标", "1200", null);
        fill(dept, "社会效益", "80", null);
        fill(dept, "服务对象满意度", "95", null);

        // the evidence the 数量指标 requires, uploaded from the browser
        Locator quantity = indicatorRow(dept, "数量指标");
        quantity.locator("details.evidence-box summary").click();
        Locator evidence = quantity.locator("section.evidence");
        evidence.locator("input[data-evidence-file]")
                .setInputFiles(new FilePayload(
                        "办件量统计.pdf",
                        "application/pdf",
                        "%PDF-1.4\n% 2017年办件量统计\n%%EOF\n".getBytes(StandardCharsets.UTF_8)));
        evidence.locator("[data-evidence-rows] tr:has-text('办件量统计.pdf')").waitFor();

        dept.reload();
        Browser.await(dept, "#submit-form");
        assertEquals("94.00", dept.textContent("#evaluation-total strong").strip(), "60 + 24 + 10");
        dept.click("#submit-form button[type=submit]");
        Browser.await(dept, "#evaluation-status:has-text('已提交')");

        // finance returns it with a comment
        String evaluationUrl = dept.url();
        finance.navigate(evaluationUrl);
        Browser.await(finance, "#decision-form");
        finance.fill("#decision-form textarea[name=comment]", "请说明一次办结比例未达标的原因");
        finance.click("#return-button");
        Browser.await(finance, "#evaluation-status:has-text('已退回')");
        assertTrue(finance.textContent("#history").contains("请说明一次办结比例未达标的原因"));

        // the department fixes it and submits again
        dept.reload();
        Browser.await(dept, "#submit-form");
        fill(dept, "社会效益", "80", "跨部门事项仍需多次跑动，明年推行一件事一次办");
        dept.click("#submit-form button[type=submit]");
        Browser.await(dept, "#evaluation-status:has-text('已提交')");

        // finance approves
        finance.reload();
        Browser.await(finance, "#approve-button");
        finance.click("#approve-button");
        Browser.await(finance, "#evaluation-status:has-text('已审核通过')");
        assertEquals("94.00", finance.textContent("#evaluation-total strong").strip());
        assertTrue(finance.textContent("#evaluation-grade").contains("优"), finance.textContent("#evaluation-grade"));
        Browser.assertAccessible(finance);

        // the national self-evaluation table, downloaded as Excel
        Download download = finance.waitForDownload(() -> finance.click("#xlsx-link"));
        List<String> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(download.path());
                ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            try (var rows = workbook.getFirstSheet().openStream()) {
                rows.forEach((Row row) -> row.stream()
                        .filter(c -> c != null && c.getRawValue() != null)
                        .forEach(c -> cells.add(c.getRawValue())));
            }
        }
        String sheet = cells.stream().collect(Collectors.joining("|"));
        assertTrue(sheet.contains("全年办件量") || sheet.contains("数量指标"), sheet);
        assertTrue(sheet.contains("跨部门事项仍需多次跑动"), "the deviation reason is in the table: " + sheet);
        assertTrue(sheet.contains("94"), "the total is at the foot: " + sheet);
    }

    private static Locator indicatorRow(Page page, String name) {
        return page.locator("#indicators tr[data-indicator]")
                .filter(new Locator.FilterOptions()
                        .setHas(page.locator("td:first-child", new Page.LocatorOptions().setHasText(name))))
                .first();
    }

    /** Opens the indicator's fill form, enters the actual value (and a deviation reason), saves. */
    private static void fill(Page page, String name, String actual, String deviation) {
        Locator form = page.locator("#indicators tr.edit-row details")
                .filter(new Locator.FilterOptions().setHasText("填报「" + name + "」"))
                .first();
        form.locator("summary").click();
        form.locator("input[name=actualValue]").fill(actual);
        if (deviation != null) {
            form.locator("textarea[name=deviationReason]").fill(deviation);
        }
        // a saved form reloads the page with the new scores
        page.waitForNavigation(() -> form.locator("button[type=submit]").click());
        Browser.await(page, "#evaluation-title");
    }

    private static void addTarget(
            Page page,
            int index,
            String level1,
            String level2,
            String name,
            String comparator,
            String value,
            String unit) {
        page.click("#add-indicator");
        Locator row = page.locator("#indicators-edit tbody[data-rows=indicators] tr[data-row]")
                .nth(index);
        row.locator("[data-field=level1]").selectOption(new SelectOption().setLabel(level1));
        row.locator("[data-field=level2]").selectOption(new SelectOption().setLabel(level2));
        row.locator("[data-field=name]").fill(name);
        row.locator("[data-field=comparator]").selectOption(comparator);
        row.locator("[data-field=targetValue]").fill(value);
        row.locator("[data-field=unit]").fill(unit);
    }

    /** 产出 60 (数量, evidence required), 效益 30 (社会效益), 满意度 10 (bands): a region template of finance's. */
    private static String smallDepartmentTemplate() {
        String name = "办件量与满意度体系 " + System.nanoTime();
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(row("o", null, "产出指标", 60, null));
        rows.add(row("o1", "o", "数量指标", 60, null));
        Map<String, Object> quantity = row("o11", "o1", "数量指标", 60, "PROPORTIONAL");
        quantity.put("evidenceRequired", true);
        rows.add(quantity);
        rows.add(row("b", null, "效益指标", 30, null));
        rows.add(row("b1", "b", "社会效益", 30, null));
        rows.add(row("b11", "b1", "社会效益", 30, "PROPORTIONAL"));
        rows.add(row("s", null, "满意度指标", 10, null));
        rows.add(row("s1", "s", "服务对象满意度", 10, null));
        rows.add(row("s11", "s1", "服务对象满意度", 10, "BANDS"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("subjectKind", "DEPARTMENT");
        body.put("evaluationKind", "SELF");
        body.put("indicators", rows);
        given().auth()
                .oauth2(Tokens.accessToken("baoshan-finance"))
                .contentType("application/json")
                .body(body)
                .post("/api/indicator-templates")
                .then()
                .statusCode(201);
        return name;
    }

    private static Map<String, Object> row(String key, String parent, String name, double weight, String rule) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("key", key);
        row.put("parentKey", parent);
        row.put("name", name);
        row.put("weight", weight);
        row.put("rule", rule);
        return row;
    }
}

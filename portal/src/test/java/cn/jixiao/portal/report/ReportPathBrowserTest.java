package cn.jixiao.portal.report;

import static cn.jixiao.portal.evaluation.review.EvaluationRows.exec;
import static cn.jixiao.portal.evaluation.review.EvaluationRows.selfEvaluation;
import static cn.jixiao.portal.project.ProjectFixtures.as;
import static cn.jixiao.portal.project.ProjectFixtures.createProject;
import static cn.jixiao.portal.project.ProjectFixtures.insert;
import static cn.jixiao.portal.project.ProjectFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.platform.storage.ObjectStorage;
import cn.jixiao.testing.Browser;
import cn.jixiao.testing.Tokens;
import com.microsoft.playwright.Page;
import io.agroal.api.AgroalDataSource;
import io.minio.PutObjectArgs;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 保山市's department in a browser: opens its approved evaluation, makes the report, writes a section
 * citing the execution rate from the records, publishes it with its metadata and a piece of evidence,
 * and finds it listed as published.
 */
@QuarkusTest
class ReportPathBrowserTest {
    private static final int YEAR = 2016; // a year no demo record and no other test uses for 保山市
    private static final String BAOSHAN = "530500";
    private static Browser browser;

    @TestHTTPResource("/")
    URL portal;

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    @Inject
    ObjectStorage storage;

    @BeforeAll
    static void launch() {
        browser = Browser.launch();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void departmentMakesEditsAndPublishesTheReportOfItsApprovedEvaluation() throws Exception {
        String token = Tokens.accessToken("baoshan-dept");
        Number dept = as(token).get("/api/me").then().statusCode(200).extract().path("department.id");
        long department = dept.longValue();
        exec(owner, "update department set org_code = '57980172-X' where id = ?", department);
        long project = createProject(token, department, unique("报告浏览器测试设备采购"));
        exec(owner, "update project_fund set planned = 200, arrived = 200, spent = 60 where project_id = ?", project);
        long evaluation =
                selfEvaluation(owner, BAOSHAN, department, project, YEAR).evaluationId();
        exec(
                owner,
                "update evaluation set status = 'APPROVED', decided_by = 'test', decided_at = now() where id = ?",
                evaluation);
        byte[] content = "%PDF-1.7\n验收报告".getBytes(StandardCharsets.UTF_8);
        String key = BAOSHAN + "/evaluations/" + evaluation + "/" + unique("acceptance");
        storage.client()
                .putObject(PutObjectArgs.builder().bucket(storage.bucket()).object(key).stream(
                                new ByteArrayInputStream(content), (long) content.length, -1L)
                        .contentType("application/pdf")
                        .build());
        long evidence = insert(
                owner,
                "insert into evidence_file (tenant_id, owner_kind, owner_id, evaluation_id, department_id, file_name, content_type,"
                        + " size_bytes, object_key, sha256, scan_status, uploaded_by) values (?, 'EVALUATION', ?, ?, ?, '设备验收报告.pdf',"
                        + " 'application/pdf', ?, ?, repeat('a', 64), 'CLEAN', 'test')",
                BAOSHAN,
                evaluation,
                evaluation,
                department,
                (long) content.length,
                key);

        Page page = browser.newPage();
        page.onDialog(dialog -> dialog.accept());
        page.navigate(portal + "evaluations/" + evaluation);
        Browser.signIn(page, "baoshan-dept", "demo");
        Browser.await(page, "#evaluation-status:has-text('审核通过')");

        // 报告 in the menu: the approved evaluation waits there for its report
        page.navigate(portal + "reports");
        Browser.await(page, "#startable li[data-evaluation='" + evaluation + "']");
        Browser.assertAccessible(page);
        page.waitForNavigation(() -> page.click("#startable li[data-evaluation='" + evaluation + "'] button"));
        Browser.await(page, "#narratives");
        assertTrue(page.innerText("#report-status").contains("草稿"));

        // the first section cites the execution rate: chosen from the list, resolved in the preview
        page.fill("#narrative-basic", "本项目全年预算执行率为");
        page.locator("form[data-section='basic'] .placeholder-choice").selectOption("{预算执行率}");
        page.click("form[data-section='basic'] [data-insert-into]");
        assertEquals("本项目全年预算执行率为{预算执行率}", page.inputValue("#narrative-basic"));
        page.waitForNavigation(() -> page.click("form[data-section='basic'] button[type=submit]"));
        Browser.await(page, "#preview");
        assertTrue(page.innerText("#preview").contains("本项目全年预算执行率为30.00%"), page.innerText("#preview"));
        assertTrue(page.innerText("#preview").contains("政务服务事项网上可办率不低于70%"));
        Browser.assertAccessible(page);

        // published with its metadata, the table and the evidence attached
        page.selectOption("#catalog", "自评报告");
        page.fill("#published-on", YEAR + 1 + "-06-21");
        page.fill("#doc-no", "保政务〔2017〕6号");
        page.fill("#keywords", "绩效自评 智能化设备");
        page.check("input[name=evidenceIds][value='" + evidence + "']");
        page.waitForNavigation(() -> page.click("#publish-button"));
        Browser.await(page, "#index-no");
        assertTrue(page.innerText("#report-status").contains("已发布"));
        assertTrue(page.innerText("#index-no").matches("57980172-X-/2017-0621\\d{3}"), page.innerText("#index-no"));
        assertTrue(page.innerText("#attachments").contains("设备验收报告.pdf"));
        assertTrue(page.innerText("#attachments").contains("项目支出绩效自评表"));

        page.navigate(portal + "reports?year=" + YEAR + "&status=PUBLISHED");
        Browser.await(page, "#reports");
        String row = page.innerText("#reports tbody tr:has-text('保山')");
        assertTrue(row.contains("已发布") && row.contains("57980172-X-/2017-0621"), row);
        Browser.assertAccessible(page);
    }
}

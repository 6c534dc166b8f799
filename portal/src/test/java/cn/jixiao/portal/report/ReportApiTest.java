package cn.jixiao.portal.report;

import static cn.jixiao.portal.evaluation.review.EvaluationRows.exec;
import static cn.jixiao.portal.evaluation.review.EvaluationRows.selfEvaluation;
import static cn.jixiao.portal.project.ProjectFixtures.YUEYANG;
import static cn.jixiao.portal.project.ProjectFixtures.as;
import static cn.jixiao.portal.project.ProjectFixtures.count;
import static cn.jixiao.portal.project.ProjectFixtures.createProject;
import static cn.jixiao.portal.project.ProjectFixtures.decimal;
import static cn.jixiao.portal.project.ProjectFixtures.strings;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.platform.storage.ObjectStorage;
import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.minio.StatObjectArgs;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportApiTest {
    static final String ORG_CODE = "12430600-X";

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    @Inject
    ObjectStorage storage;

    final String editor = Tokens.accessToken("yueyang-dept");
    final String finance = Tokens.accessToken("yueyang-finance");

    long ownDepartment() {
        Number id = as(editor).get("/api/me").then().statusCode(200).extract().path("department.id");
        return id.longValue();
    }

    /** Seed 003's evaluation in small (98 points, 优), approved, with the project's funds (358.392 万元, 30 % spent). */
    long approvedEvaluation(String projectName, int year) throws Exception {
        long department = ownDepartment();
        exec(owner, "update department set org_code = ? where id = ?", ORG_CODE, department);
        long project = createProject(editor, department, projectName);
        exec(
                owner,
                "update project_fund set planned = 358.392, arrived = 358.392, spent = 107.5176 where project_id = ?",
                project);
        long id = selfEvaluation(owner, YUEYANG, department, project, year).evaluationId();
        exec(
                owner,
                "update evaluation set status = 'APPROVED', decided_by = 'test', decided_at = now() where id = ?",
                id);
        return id;
    }

    long createDraft(long evaluationId) {
        Number id = as(editor)
                .body(Map.of("evaluationId", evaluationId))
                .post("/api/reports")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return id.longValue();
    }

    static Map<String, Object> publishBody(int version) {
        var body = new HashMap<String, Object>();
        body.put("catalog", "自评报告");
        body.put("docNo", "岳政务〔2020〕12号");
        body.put("keywords", "绩效自评 一窗受理");
        body.put("version", version);
        return body;
    }

    int version(long reportId) {
        Number v = as(editor)
                .get("/api/reports/" + reportId)
                .then()
                .statusCode(200)
                .extract()
                .path("version");
        return v.intValue();
    }

    @Test
    void draftShowsTheEvaluationsIndicatorsAndFiguresAndRegeneratingKeepsTheNarrative() throws Exception {
        long evaluation = approvedEvaluation(cn.jixiao.portal.project.ProjectFixtures.unique("报告生成一窗受理"), 2031);
        long id = createDraft(evaluation);
        as(editor)
                .get("/api/reports/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("indexNo", equalTo(null))
                .body("sections", hasSize(8))
                .body("sections[3].heading", equalTo("四、指标完成情况"))
                .body("executionRate", decimal("30.00"))
                .body("editable", equalTo(true));
        // a second draft of the same evaluation is refused
        as(editor)
                .body(Map.of("evaluationId", evaluation))
                .post("/api/reports")
                .then()
                .statusCode(409);

        // a narrative with placeholders; an unknown one is refused and nothing is saved
        as(editor)
                .body(Map.of("narrative", "预算执行率为{预算执行率}，与{不存在的数}有关。", "version", 0))
                .put("/api/reports/" + id + "/sections/basic")
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("narrative"))
                .body("message", containsString("未知的引用数据：{不存在的数}"));
        as(editor)
                .body(Map.of("narrative", "全年预算{年度预算数}，预算执行率{预算执行率}，总分{总分}分，等级“{等级}”。", "version", 0))
                .put("/api/reports/" + id + "/sections/basic")
                .then()
                .statusCode(200)
                .body("sections[0].narrative", containsString("{预算执行率}"));
        as(editor)
                .get("/api/reports/" + id + "/preview")
                .then()
                .statusCode(200)
                .body(
                        "body",
                        allOf(
                                containsString("全年预算358.39万元，预算执行率30.00%，总分98分，等级“优”。"),
                                containsString("## 四、指标完成情况"),
                                containsString("表：指标完成情况"),
                                containsString("| 项目产出指标 | 数量指标 | 政务服务事项网上可办率不低于70% | ≥70% | 70% | 60 | 60 |"),
                                containsString("| 合计 | 100 | 98 | 等级：优 |"),
                                not(containsString("{预算执行率}"))));

        // the records change: the figures follow, the narrative stays as written
        exec(
                owner,
                "update project_fund set spent = 358.392 where project_id = (select project_id from evaluation where id = ?)",
                evaluation);
        exec(
                owner,
                "update evaluation_indicator set computed_score = 40 where evaluation_id = ? and position = 1 and level = 3",
                evaluation);
        exec(owner, "update evaluation set total_score = 100 where id = ?", evaluation);
        as(editor)
                .body(Map.of("version", 1))
                .post("/api/reports/" + id + "/regenerate")
                .then()
                .statusCode(200)
                .body("executionRate", decimal("100"))
                .body("score", decimal("100"))
                .body("sections[0].narrative", equalTo("全年预算{年度预算数}，预算执行率{预算执行率}，总分{总分}分，等级“{等级}”。"));
        as(editor).get("/api/reports/" + id + "/preview").then().body("body", containsString("预算执行率100.00%，总分100分"));
        assertTrue(count(owner, "select count(*) from audit_log where entity = 'Report' and entity_id = ?", id) >= 3);
    }

    @Test
    void publishingWithdrawingAndCorrectingWriteTheirEventsAndKeepTheHistory() throws Exception {
        long evaluation = approvedEvaluation(cn.jixiao.portal.project.ProjectFixtures.unique("报告发布一窗受理"), 2032);
        long id = createDraft(evaluation);
        long department = ownDepartment();

        // no organisation code: refused, nothing written
        exec(owner, "update department set org_code = null where id = ?", department);
        as(editor)
                .body(publishBody(0))
                .post("/api/reports/" + id + "/publish")
                .then()
                .statusCode(409)
                .body("message", containsString("还没有组织机构代码"));
        exec(owner, "update department set org_code = ? where id = ?", ORG_CODE, department);

        // an open blocking finding stops it, naming the finding
        exec(
                owner,
                "insert into finding (tenant_id, evaluation_id, department_id, code, severity, message) values (?, ?, ?, 'TEST_BLOCK', 'BLOCKING', '测试用阻断发现')",
                YUEYANG,
                evaluation,
                department);
        as(editor)
                .body(publishBody(0))
                .post("/api/reports/" + id + "/publish")
                .then()
                .statusCode(409)
                .body("message", containsString("TEST_BLOCK 测试用阻断发现"));
        // the finance reviewer explains it: an explained finding no longer blocks, and stays listed
        long finding =
                count(owner, "select id from finding where evaluation_id = ? and code = 'TEST_BLOCK'", evaluation);
        as(finance)
                .body(Map.of("explanation", "已核对原始凭证，差异系口径不同，同意公开", "version", 0))
                .post("/api/findings/" + finding + "/explain")
                .then()
                .statusCode(200)
                .body("state", equalTo("EXPLAINED"));

        // a failure inside the transaction (here the attachment row) leaves no row, event, number or object
        long counterBefore =
                count(owner, "select coalesce(sum(last), 0) from report_index_counter where tenant_id = ?", YUEYANG);
        exec(
                owner,
                "create or replace function fail_attachment() returns trigger language plpgsql as $$ begin raise exception 'test failure'; end $$");
        exec(
                owner,
                "create trigger fail_attachment before insert on report_attachment for each row execute function fail_attachment()");
        try {
            as(editor)
                    .body(publishBody(0))
                    .post("/api/reports/" + id + "/publish")
                    .then()
                    .statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400));
        } finally {
            exec(owner, "drop trigger fail_attachment on report_attachment");
        }
        as(editor)
                .get("/api/reports/" + id)
                .then()
                .body("status", equalTo("DRAFT"))
                .body("indexNo", equalTo(null));
        assertEquals(0, count(owner, "select count(*) from publication_event where report_id = ?", id));
        assertTrue(
                !storage.client()
                        .listObjects(io.minio.ListObjectsArgs.builder()
                                .bucket(storage.bucket())
                                .prefix("reports/" + YUEYANG + "/" + id + "/")
                                .build())
                        .iterator()
                        .hasNext(),
                "the table copied before the failure was removed again");
        assertEquals(
                counterBefore,
                count(owner, "select coalesce(sum(last), 0) from report_index_counter where tenant_id = ?", YUEYANG));

        // published: 索引号 in the seeds' form, the event, the table attached in the bucket
        String today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        String indexNo = as(editor)
                .body(publishBody(0))
                .post("/api/reports/" + id + "/publish")
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("publishedOn", equalTo(today))
                .body("catalog", equalTo("自评报告"))
                .body("docNo", equalTo("岳政务〔2020〕12号"))
                .body("attachments", hasSize(1))
                .body("attachments[0].fileName", containsString("项目支出绩效自评表"))
                .extract()
                .path("indexNo");
        String mmdd = today.substring(5, 7) + today.substring(8, 10);
        assertTrue(indexNo.matches("12430600-X-/" + today.substring(0, 4) + "-" + mmdd + "\\d{3}"), indexNo);
        assertEquals(
                List.of("PUBLISHED"), strings(owner, "select kind from publication_event where report_id = ?", id));
        String key = strings(owner, "select object_key from report_attachment where report_id = ?", id)
                .getFirst();
        assertTrue(key.startsWith("reports/" + YUEYANG + "/" + id + "/1-"), key);
        assertTrue(storage.client()
                        .statObject(StatObjectArgs.builder()
                                .bucket(storage.bucket())
                                .object(key)
                                .build())
                        .size()
                > 0);
        assertEquals(
                1,
                count(
                        owner,
                        "select count(*) from report where id = ? and body like '%表：指标完成情况%' and published_at is not null and budget_yuan = 3583920.00",
                        id));
        assertEquals(
                List.of("EXPLAINED"),
                strings(
                        owner,
                        "select state from finding where evaluation_id = ? and code = 'TEST_BLOCK'",
                        evaluation));

        // correction: a new draft; publishing it withdraws the old one with a reason naming the correction
        Number correctionId = as(editor)
                .body(Map.of("reason", "指标完成值更正"))
                .post("/api/reports/" + id + "/correct")
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("correctsId", equalTo((int) id))
                .extract()
                .path("id");
        long correction = correctionId.longValue();
        String newIndexNo = as(editor)
                .body(publishBody(0))
                .post("/api/reports/" + correction + "/publish")
                .then()
                .statusCode(200)
                .body("history", hasSize(2))
                .extract()
                .path("indexNo");
        as(finance)
                .get("/api/reports/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("withdrawnReason", allOf(containsString(newIndexNo), containsString("指标完成值更正")))
                .body("history[1].id", equalTo((int) correction));
        assertEquals(
                List.of("PUBLISHED", "WITHDRAWN"),
                strings(owner, "select kind from publication_event where report_id = ? order by id", id));

        // withdrawal needs a reason; a finance reviewer may withdraw
        as(finance)
                .body(Map.of("reason", " ", "version", version(correction)))
                .post("/api/reports/" + correction + "/withdraw")
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("reason"));
        as(finance)
                .body(Map.of("reason", "评价结论复核中，暂停公开", "version", version(correction)))
                .post("/api/reports/" + correction + "/withdraw")
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("withdrawnReason", equalTo("评价结论复核中，暂停公开"));
        assertEquals(
                List.of("PUBLISHED", "WITHDRAWN"),
                strings(owner, "select kind from publication_event where report_id = ? order by id", correction));
        assertTrue(count(
                        owner,
                        "select count(*) from audit_log where entity = 'Report' and action in ('PUBLISH', 'WITHDRAW', 'CORRECT', 'CORRECTED') and entity_id in (?, ?)",
                        id,
                        correction)
                >= 5);
    }

    @Test
    void aPublishedReportsAttachmentsDownloadThroughShortLivedLinksForItsReadersOnly() throws Exception {
        long id = createDraft(approvedEvaluation(cn.jixiao.portal.project.ProjectFixtures.unique("报告附件下载"), 2036));
        as(editor)
                .body(publishBody(0))
                .post("/api/reports/" + id + "/publish")
                .then()
                .statusCode(200)
                .body("attachments", hasSize(1));
        String key = strings(owner, "select object_key from report_attachment where report_id = ? and position = 1", id)
                .getFirst();
        byte[] stored;
        try (var in = storage.client()
                .getObject(io.minio.GetObjectArgs.builder()
                        .bucket(storage.bucket())
                        .object(key)
                        .build())) {
            stored = in.readAllBytes();
        }
        assertTrue(stored.length > 0);

        // the editor page links the attachment; the link answers 303 to a presigned S3 link
        as(editor)
                .get("/reports/" + id)
                .then()
                .statusCode(200)
                .body(containsString("href=\"/reports/" + id + "/attachments/1\""));
        for (String reader : List.of(editor, finance)) {
            String location = as(reader)
                    .redirects()
                    .follow(false)
                    .get("/reports/" + id + "/attachments/1")
                    .then()
                    .statusCode(303)
                    .header("Cache-Control", "no-store")
                    .extract()
                    .header("Location");
            assertTrue(location.contains("X-Amz-Signature=") && location.contains("X-Amz-Expires=300"), location);
            var download = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(location))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, download.statusCode(), "the presigned link answers");
            org.junit.jupiter.api.Assertions.assertArrayEquals(stored, download.body());
            String disposition =
                    download.headers().firstValue("Content-Disposition").orElse("");
            assertTrue(disposition.contains("filename*=UTF-8''"), disposition);
        }
        as(editor)
                .get("/api/reports/" + id + "/attachments/1/link")
                .then()
                .statusCode(200)
                .body("fileName", containsString("项目支出绩效自评表"))
                .body("url", containsString("X-Amz-Signature="))
                .body("expiresAt", org.hamcrest.Matchers.notNullValue());
        assertTrue(count(
                        owner,
                        "select count(*) from audit_log where entity = 'Report' and action = 'LINK' and entity_id = ?",
                        id)
                >= 3);

        // no such attachment; another region's reader gets 404 as for a missing report, and no link
        as(editor)
                .redirects()
                .follow(false)
                .get("/reports/" + id + "/attachments/2")
                .then()
                .statusCode(404);
        String otherRegion = Tokens.accessToken("baoshan-finance");
        as(otherRegion)
                .redirects()
                .follow(false)
                .get("/reports/" + id + "/attachments/1")
                .then()
                .statusCode(404);
        as(otherRegion).get("/api/reports/" + id + "/attachments/1/link").then().statusCode(404);
    }

    @Test
    void eightConcurrentPublicationsGetDistinctConsecutiveIndexNumbers() throws Exception {
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            drafts.add(
                    createDraft(approvedEvaluation(cn.jixiao.portal.project.ProjectFixtures.unique("并发发布" + i), 2033)));
        }
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (long id : drafts) {
                Callable<String> publish = () -> {
                    start.await();
                    return as(editor)
                            .body(publishBody(0))
                            .post("/api/reports/" + id + "/publish")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("indexNo");
                };
                results.add(pool.submit(publish));
            }
            start.countDown();
            List<Integer> sequences = new ArrayList<>();
            for (Future<String> f : results) {
                String indexNo = f.get();
                assertTrue(IndexNumbers.valid(indexNo), indexNo);
                sequences.add(IndexNumbers.sequence(indexNo));
            }
            sequences.sort(Integer::compare);
            assertEquals(8, sequences.stream().distinct().count(), sequences.toString());
            assertEquals(7, sequences.getLast() - sequences.getFirst(), "one run of numbers: " + sequences);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void otherRegionsSeeNothingAndOnlyTheDepartmentEditsItsDraft() throws Exception {
        long id = createDraft(approvedEvaluation(cn.jixiao.portal.project.ProjectFixtures.unique("报告权限"), 2034));
        String otherRegion = Tokens.accessToken("baoshan-finance");
        as(otherRegion).get("/api/reports/" + id).then().statusCode(404);
        as(otherRegion).get("/api/reports/" + id + "/preview").then().statusCode(404);
        as(otherRegion)
                .body(Map.of("narrative", "x", "version", 0))
                .put("/api/reports/" + id + "/sections/basic")
                .then()
                .statusCode(404);
        as(otherRegion)
                .body(publishBody(0))
                .post("/api/reports/" + id + "/publish")
                .then()
                .statusCode(404);
        as(Tokens.accessToken("baoshan-dept")).get("/reports/" + id).then().statusCode(404);
        as(otherRegion)
                .get("/api/reports?year=2034")
                .then()
                .statusCode(200)
                .body("items.id", not(org.hamcrest.Matchers.hasItem((int) id)));

        // in the region: the finance reviewer reads but does not write the department's draft
        as(finance).get("/api/reports/" + id).then().statusCode(200).body("editable", equalTo(false));
        as(finance)
                .body(Map.of("narrative", "财政改写", "version", 0))
                .put("/api/reports/" + id + "/sections/basic")
                .then()
                .statusCode(403);
        as(finance)
                .body(publishBody(0))
                .post("/api/reports/" + id + "/publish")
                .then()
                .statusCode(403);
        as(editor)
                .get("/api/reports?year=2034")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem((int) id));
    }

    @Test
    void thePdfCarriesTheReportInChinese() throws Exception {
        long id = createDraft(approvedEvaluation(cn.jixiao.portal.project.ProjectFixtures.unique("报告PDF"), 2035));
        as(editor)
                .get("/reports/" + id + "/print")
                .then()
                .statusCode(200)
                .body(allOf(containsString("四、指标完成情况"), containsString("项目支出绩效自评表"), containsString("@page")));
        byte[] pdf = as(editor)
                .get("/reports/" + id + ".pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("四、指标完成情况"), text);
            assertTrue(text.contains("政务服务事项网上可办率不低于70%"), text);
            assertTrue(text.contains("项目支出绩效自评表"), text);
        }
    }
}

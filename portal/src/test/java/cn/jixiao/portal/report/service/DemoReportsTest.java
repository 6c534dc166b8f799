package cn.jixiao.portal.report.service;

import static cn.jixiao.portal.project.ProjectFixtures.as;
import static cn.jixiao.portal.project.ProjectFixtures.count;
import static cn.jixiao.portal.project.ProjectFixtures.strings;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The demo's reports are made by the product, not written as rows: after start the five seeds' reports
 * are PUBLISHED from their approved evaluations with the numbers, scores and grades the seeds print, each
 * with its publication event and the self-evaluation table attached; the blocking findings that stood in
 * the way were explained by the finance review (and are still there); one report is withdrawn with its
 * reason; a restart changes nothing.
 */
@QuarkusTest
class DemoReportsTest {
    record Seed(String tenant, String indexNo, String score, String grade, LocalDate publishedOn, String catalog) {}

    static final List<Seed> SEEDS = List.of(
            new Seed("150627", "11150627-X-/2023-0418001", "85.27", "GOOD", LocalDate.of(2023, 4, 18), "评价报告"),
            new Seed("150627", "11150627-X-/2022-0920002", "86.74", "GOOD", LocalDate.of(2022, 9, 20), "评价报告"),
            new Seed("530500", "57980172-X-/2019-0621006", "95", "EXCELLENT", LocalDate.of(2019, 6, 21), "自评报告"),
            new Seed("430600", "12430600-X-/2020-0609001", "98", "EXCELLENT", LocalDate.of(2020, 6, 9), "自评报告"),
            new Seed("530500", "57980172-X-/2022-0712008", "97", "EXCELLENT", LocalDate.of(2022, 7, 12), "自评报告"));

    static final String WITHDRAWN = "57980172-X-/2022-0712007";

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    @Inject
    DemoReports demo;

    @Test
    void theFiveSeedReportsArePublishedFromTheirEvaluationsWithTheSeedsIndexNumbersScoresAndGrades() throws Exception {
        for (Seed s : SEEDS) {
            assertEquals(
                    1,
                    count(
                            owner,
                            """
                            select count(*) from report r join evaluation e on e.id = r.evaluation_id
                             where r.tenant_id = ? and r.index_no = ? and r.status = 'PUBLISHED'
                               and e.status = 'APPROVED' and r.score = ? and r.grade = ? and r.published_on = ?
                               and r.catalog = ? and r.published_at is not null and r.body like '%## 一、%'
                               and exists (select 1 from publication_event p
                                            where p.report_id = r.id and p.kind = 'PUBLISHED')
                               and exists (select 1 from report_attachment a where a.report_id = r.id)""",
                            s.tenant(),
                            s.indexNo(),
                            new BigDecimal(s.score()),
                            s.grade(),
                            Date.valueOf(s.publishedOn()),
                            s.catalog()),
                    s.indexNo());
        }
        // as the region reads it: the department's report in the portal's list
        as(Tokens.accessToken("baoshan-finance"))
                .get("/api/reports?year=2021&status=PUBLISHED")
                .then()
                .statusCode(200)
                .body("items.indexNo", hasItem("57980172-X-/2022-0712008"));
        // the region's counter moved on past the seeds' numbers: the next publication gets a new one
        assertEquals(
                8, count(owner, "select last from report_index_counter where tenant_id = '530500' and year = 2022"));
    }

    @Test
    void theBlockingFindingsWereExplainedByTheFinanceReviewAndStayVisible() throws Exception {
        List<String> seeds = SEEDS.stream().map(Seed::indexNo).toList();
        String evaluations = "select r.evaluation_id from report r where r.index_no = any (?::text[])";
        String[] numbers = seeds.toArray(String[]::new);
        assertEquals(
                0,
                count(
                        owner,
                        "select count(*) from finding where severity = 'BLOCKING' and state = 'OPEN' and evaluation_id in ("
                                + evaluations + ")",
                        (Object) numbers));
        List<String> explained = strings(
                owner,
                "select explanation from finding where state = 'EXPLAINED' and explained_by = ? and evaluation_id in ("
                        + evaluations + ")",
                DemoReports.FINANCE_REVIEW,
                numbers);
        assertTrue(!explained.isEmpty(), "the seeds' figures disagree with the records: findings were explained");
        assertTrue(explained.stream().allMatch(e -> e.startsWith("财政复核说明：")), explained.toString());
        assertTrue(count(
                        owner,
                        "select count(*) from audit_log where entity = 'Finding' and action = 'EXPLAIN' and actor = ?",
                        DemoReports.FINANCE_REVIEW)
                >= explained.size());
    }

    @Test
    void seed004sTextShowsWhatACarefulReaderFindsInIt() throws Exception {
        // the findings about the published report's text: subject keys report:{id}:{section}:…
        String ofSeed = " and subject_key like (select 'report:' || id || ':%' from report"
                + " where index_no = '57980172-X-/2022-0712008' and status = 'PUBLISHED')";
        // staff given as 行政人员 24 + 事业人员 10 in one place, 23 + 11 in another
        assertEquals(
                List.of("事业人员", "行政人员"),
                strings(
                        owner,
                        "select evidence->>'quantity' from finding where code = 'SAME_QUANTITY_DIFFERS' and severity = 'WARNING'"
                                + ofSeed + " order by 1"));
        // the hotline's closed tickets broken down into parts that make the tickets received
        assertEquals(
                List.of("30644"),
                strings(
                        owner,
                        "select evidence->>'recorded' from finding where code = 'PARTS_DO_NOT_ADD_UP'" + ofSeed));
        // 三公经费变动率 46.38 % is 1.41 ÷ 3.04: blocking, explained by the finance review before publication
        assertEquals(
                List.of("EXPLAINED"),
                strings(
                        owner,
                        "select state from finding where code = 'STATED_RATE_MISLABELLED' and severity = 'BLOCKING'"
                                + " and explanation like '财政复核说明：%' and message like '%46.38%%'"
                                + ofSeed));
    }

    @Test
    void seed000sReportRepeatsTheBureausProfileAndSpeaksAsTheSocialInsuranceBureau() throws Exception {
        String ofKiosk = "select r.evaluation_id from report r where r.index_no = '11150627-X-/2023-0418001'"
                + " and r.status = 'PUBLISHED'";
        // the bureau's profile paragraph of its 2021 department report, repeated nearly word for word
        assertEquals(
                List.of("WARNING OPEN 11150627-X-/2022-0920002"),
                strings(
                        owner,
                        "select severity || ' ' || state || ' ' || (evidence->>'otherIndexNo') from finding"
                                + " where code = 'COPIED_PARAGRAPH' and evaluation_id in (" + ofKiosk + ")"));
        // a sentence in which the 社保 bureau describes itself: blocking, explained by the finance review
        assertEquals(
                List.of("BLOCKING EXPLAINED 就业和社会保险事业局"),
                strings(
                        owner,
                        "select severity || ' ' || state || ' ' || (evidence->>'term') from finding"
                                + " where code = 'FOREIGN_BODY_TEXT' and explanation like '财政复核说明：%'"
                                + " and evaluation_id in (" + ofKiosk + ")"));
        // the region's finance reviewer finds both in the list
        as(Tokens.accessToken("yijinhuoluo-finance"))
                .get("/api/findings?year=2022&code=COPIED_PARAGRAPH")
                .then()
                .statusCode(200)
                .body("items.evidence.otherIndexNo", hasItem("11150627-X-/2022-0920002"));
        as(Tokens.accessToken("yijinhuoluo-finance"))
                .get("/api/findings?year=2022&code=FOREIGN_BODY_TEXT&state=EXPLAINED")
                .then()
                .statusCode(200)
                .body("items.evidence.term", hasItem("就业和社会保险事业局"));
        // and no other region sees them
        as(Tokens.accessToken("baoshan-finance"))
                .get("/api/findings?year=2022&code=FOREIGN_BODY_TEXT")
                .then()
                .statusCode(200)
                .body("items.evidence.term", org.hamcrest.Matchers.not(hasItem("就业和社会保险事业局")));
    }

    @Test
    void oneReportIsWithdrawnWithItsReason() throws Exception {
        as(Tokens.accessToken("baoshan-finance"))
                .get("/api/reports?year=2021&status=WITHDRAWN")
                .then()
                .statusCode(200)
                .body("items.find { it.indexNo == '" + WITHDRAWN + "' }.status", equalTo("WITHDRAWN"));
        assertEquals(
                List.of(DemoReports.WITHDRAWN_REASON),
                strings(
                        owner,
                        "select withdrawn_reason from report where tenant_id = '530500' and index_no = ?"
                                + " and status = 'WITHDRAWN' and withdrawn_at is not null and evaluation_id is not null",
                        WITHDRAWN));
        assertEquals(
                List.of("PUBLISHED", "WITHDRAWN"),
                strings(
                        owner,
                        "select p.kind from publication_event p join report r on r.id = p.report_id"
                                + " where r.index_no = ? order by p.id",
                        WITHDRAWN));
    }

    @Test
    void aRestartChangesNothing() throws Exception {
        String all = "select count(*) from report where tenant_id in ('150627', '530500', '430600')";
        String events = "select count(*) from publication_event";
        String explainedCount = "select count(*) from finding where state = 'EXPLAINED'";
        long reports = count(owner, all);
        long eventCount = count(owner, events);
        long explained = count(owner, explainedCount);
        demo.onStart(null);
        assertEquals(reports, count(owner, all));
        assertEquals(eventCount, count(owner, events));
        assertEquals(explained, count(owner, explainedCount));
    }
}

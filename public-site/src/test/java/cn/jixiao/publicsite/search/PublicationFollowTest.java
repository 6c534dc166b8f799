package cn.jixiao.publicsite.search;

import static cn.jixiao.publicsite.PublicSiteStack.awaitValue;
import static cn.jixiao.publicsite.PublicSiteStack.search;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.publicsite.PublicSiteStack;
import cn.jixiao.testing.TestStack;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The index follows the publication log: a new report becomes searchable, a withdrawn one leaves. */
@QuarkusTest
@QuarkusTestResource(value = TestStack.class, restrictToAnnotatedClass = false)
class PublicationFollowTest {
    private static final Duration WITHIN = Duration.ofSeconds(10);

    @Inject
    @io.quarkus.agroal.DataSource("owner")
    AgroalDataSource owner;

    @Inject
    io.micrometer.core.instrument.MeterRegistry metrics;

    private final String word = uniqueWord();
    private Long reportId;

    @BeforeEach
    void indexIsBuilt() {
        PublicSiteStack.awaitSearchIndex();
    }

    @AfterEach
    void removeTestReport() throws SQLException {
        try (Connection c = owner.getConnection()) {
            if (reportId != null) {
                execute(c, "delete from publication_event where report_id = ?", reportId);
                execute(c, "delete from report where id = ?", reportId);
            }
        }
        removeBulk();
    }

    /**
     * Withdraws the bulk's reports and waits until the index has let them go before deleting the rows (a deleted
     * row writes no event): reports left in the index would skew its statistics for the search tests after.
     */
    private void removeBulk() throws SQLException {
        int withdrawn;
        try (Connection c = owner.getConnection();
                PreparedStatement withdraw = c.prepareStatement("update report set status = 'WITHDRAWN',"
                        + " withdrawn_reason = '测试结束' where index_no like ? and status = 'PUBLISHED'")) {
            withdraw.setString(1, "BULK-" + word + "-%");
            withdrawn = withdraw.executeUpdate();
        }
        if (withdrawn == 0) {
            return;
        }
        awaitValue(
                () -> search(word).getInt("total"),
                total -> total == 0,
                Duration.ofSeconds(60),
                "the withdrawn bulk stayed in the index");
        try (Connection c = owner.getConnection()) {
            try (PreparedStatement bulk = c.prepareStatement(
                    "delete from publication_event where report_id in (select id from report where index_no like ?)")) {
                bulk.setString(1, "BULK-" + word + "-%");
                bulk.executeUpdate();
            }
            try (PreparedStatement bulk = c.prepareStatement("delete from report where index_no like ?")) {
                bulk.setString(1, "BULK-" + word + "-%");
                bulk.executeUpdate();
            }
        }
    }

    /**
     * A bulk publication spans several event batches (the test profile reads 8 events at a time, and the
     * next batch is read while one is indexed): every report arrives, and one withdrawn within the same
     * bulk does not.
     */
    @Test
    void aBulkPublicationIsCaughtUpAcrossBatches() throws SQLException {
        int reports = 20; // under the test profile's backlog rebuild (30)
        publishBulk(reports);
        long withdrawn;
        try (Connection c = owner.getConnection();
                PreparedStatement update = c.prepareStatement(
                        "update report set status = 'WITHDRAWN', withdrawn_reason = '数据有误' where index_no = ?"
                                + " returning id")) {
            update.setString(1, "BULK-" + word + "-7");
            try (ResultSet rows = update.executeQuery()) {
                rows.next();
                withdrawn = rows.getLong(1);
            }
        }
        awaitValue(
                () -> search(word).getInt("total"),
                total -> total == reports - 1,
                WITHIN,
                "the bulk publication was not caught up whole");
        var ids = search(word + " 第7个项目").getList("hits.id", Long.class);
        assertEquals(false, ids.contains(withdrawn), "the report withdrawn within the bulk is still found");
    }

    @Test
    void publishedReportBecomesSearchableAndWithdrawnReportLeavesSearch() throws SQLException {
        assertEquals(0, search(word).getInt("total"));

        reportId = publish();
        long foundId = awaitValue(
                        () -> search(word),
                        result -> result.getInt("total") == 1,
                        WITHIN,
                        "the published report did not become searchable")
                .getLong("hits[0].id");
        assertEquals(reportId, foundId);

        withdraw(reportId, "数据有误，已撤回更正");
        awaitValue(
                () -> search(word).getInt("total"),
                total -> total == 0,
                WITHIN,
                "the withdrawn report stayed in the search results");

        given().get("/reports/" + reportId)
                .then()
                .statusCode(200)
                .body(containsString("该报告已撤回"))
                .body(containsString("数据有误，已撤回更正"));
        given().get("/api/reports/" + reportId).then().statusCode(200).body(containsString("WITHDRAWN"));
    }

    /**
     * A large backlog (the test profile: at least 30 events and 0.05 of the indexed reports; 10,000 and 0.8 in
     * production) is
     * applied by rebuilding the index, which costs less than updating most of it report by report; every
     * report is then found, and the rebuild is counted.
     */
    @Test
    void aBacklogOfMostOfTheIndexIsAppliedByRebuilding() throws SQLException {
        double before = backlogRebuilds();
        long published;
        try (Connection c = owner.getConnection();
                PreparedStatement count = c.prepareStatement("select count(*) from report where status = 'PUBLISHED'");
                ResultSet rows = count.executeQuery()) {
            rows.next();
            published = rows.getLong(1);
        }
        int reports = (int) Math.max(30, Math.ceil(0.05 * published)) + 5;
        publishBulk(reports);
        awaitValue(
                () -> search(word).getInt("total"),
                total -> total == reports,
                Duration.ofSeconds(60),
                "the backlog was not applied whole");
        // the rebuilt index is searchable at its commit; the rebuild is counted just after it
        awaitValue(
                this::backlogRebuilds,
                count -> count == before + 1,
                WITHIN,
                "the backlog of " + reports + " events was not applied by a rebuild");
        String first = search("BULK-" + word + "-17").getString("hits[0].indexNo");
        assertEquals("BULK-" + word + "-17", first, "a report of the backlog is found first by its 索引号");
    }

    private double backlogRebuilds() {
        var counter = metrics.find("jixiao.search.backlog.rebuilds").counter();
        return counter == null ? 0 : counter.count();
    }

    private void publishBulk(int reports) throws SQLException {
        try (Connection c = owner.getConnection();
                PreparedStatement insert = c.prepareStatement("""
                        insert into report (tenant_id, title, publisher, index_no, catalog, published_on, keywords,
                                            fiscal_year, kind, scope, score, grade, summary, body, status)
                        select '430600', '岳阳市财政局关于 ' || ? || ' 第' || n || '个项目的绩效评价报告', '岳阳市财政局',
                               'BULK-' || ? || '-' || n, '评价报告', current_date, '绩效评价 测试', 2023,
                               'FINANCE_REVIEW', 'PROJECT', 80 + n % 10, 'GOOD', '评价摘要 ' || ?,
                               '## 一、概况' || chr(10) || ? || ' 项目 ' || n, 'PUBLISHED'
                        from generate_series(1, ?) n""")) {
            insert.setString(1, word);
            insert.setString(2, word);
            insert.setString(3, word);
            insert.setString(4, word);
            insert.setInt(5, reports);
            assertEquals(reports, insert.executeUpdate());
        }
    }

    private long publish() throws SQLException {
        try (Connection c = owner.getConnection();
                PreparedStatement insert = c.prepareStatement("""
                        insert into report (tenant_id, title, publisher, index_no, catalog, published_on, keywords,
                                            fiscal_year, kind, scope, score, grade, summary, body, status)
                        values ('430600', ?, '岳阳市财政局', ?, '评价报告', current_date, '绩效评价 测试',
                                2023, 'FINANCE_REVIEW', 'PROJECT', 88.50, 'GOOD', ?, ?, 'PUBLISHED')
                        returning id""")) {
            insert.setString(1, "岳阳市财政局关于 " + word + " 项目的绩效评价报告");
            insert.setString(2, "TEST-" + word);
            insert.setString(3, "对 " + word + " 项目的评价摘要。");
            insert.setString(4, "## 一、概况\n\n" + word + " 项目概况。\n\n- 得分88.5分");
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private void withdraw(long id, String reason) throws SQLException {
        try (Connection c = owner.getConnection();
                PreparedStatement update = c.prepareStatement(
                        "update report set status = 'WITHDRAWN', withdrawn_reason = ? where id = ?")) {
            update.setString(1, reason);
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    private static void execute(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setLong(1, id);
            statement.executeUpdate();
        }
    }

    private static String uniqueWord() {
        var random = new Random();
        var word = new StringBuilder("qz");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}

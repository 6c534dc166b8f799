package cn.jixiao.publicsite.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, item 6, the public side: a report the portal published with a figure the records contradict
 * and a finance reviewer's explanation (its body as the portal's ReportComposer writes it, the same
 * markup as portal's DataNotesTest) shows the marked sentence and the "数据说明" table, in the JSON and
 * on the page; a report without explained findings shows none.
 */
@QuarkusTest
@QuarkusTestResource(value = TestStack.class, restrictToAnnotatedClass = false)
class ReportDataNotesPageTest {
    static final String SENTENCE = "项目合同款已按进度支付，预算执行率为100.00%";
    static final String EXPLANATION = "正文数字照录合同付款计划，以自评表为准";
    static final String BODY = "## 一、项目基本情况\n\n本项目年度预算数358.392万元。" + SENTENCE + "。〔数据说明1〕\n\n"
            + "## 数据说明\n\n"
            + "下列数字经核查与业务记录（或本报告其他部分）不一致，财政审核人已审核并作出说明，随报告一并公开。\n\n"
            + "表：数据说明\n"
            + "| 序号 | 位置 | 报告所写 | 记录所示 | 财政审核说明 |\n"
            + "| 1 | 一、项目基本情况 | 「" + SENTENCE + "」预算执行率 100.00% | 30.00%（本报告自评表的预算执行率） |"
            + " " + EXPLANATION + "（2021-03-05 说明） |";

    @Inject
    @io.quarkus.agroal.DataSource("owner")
    AgroalDataSource owner;

    private Long reportId;

    @BeforeEach
    void published() throws SQLException {
        PublicSiteStack.awaitSearchIndex();
        try (Connection c = owner.getConnection();
                PreparedStatement insert = c.prepareStatement("""
                        insert into report (tenant_id, title, publisher, index_no, catalog, published_on, keywords,
                                            fiscal_year, kind, scope, score, grade, summary, body, status)
                        values ('430600', '岳阳市政务服务中心2020年度政务系统项目绩效自评报告（数据说明）', '岳阳市政务服务中心',
                                'TEST-DATA-NOTES-' || floor(random() * 1e9)::bigint, '自评报告', current_date,
                                '绩效自评 数据说明', 2020, 'SELF', 'PROJECT', 98, 'EXCELLENT', '摘要。', ?, 'PUBLISHED')
                        returning id""")) {
            insert.setString(1, BODY);
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                reportId = rows.getLong(1);
            }
        }
    }

    @AfterEach
    void removed() throws SQLException {
        try (Connection c = owner.getConnection()) {
            for (String sql :
                    new String[] {"delete from publication_event where report_id = ?", "delete from report where id = ?"
                    }) {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setLong(1, reportId);
                    s.executeUpdate();
                }
            }
        }
    }

    @Test
    void theApiAndThePageShowTheFigureTheRecordAndTheExplanation() {
        given().get("/api/reports/" + reportId)
                .then()
                .statusCode(200)
                .body(
                        "body",
                        allOf(
                                containsString(SENTENCE + "。〔数据说明1〕"),
                                containsString("## 数据说明"),
                                containsString("30.00%（本报告自评表的预算执行率）"),
                                containsString(EXPLANATION)));
        given().get("/reports/" + reportId)
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString(SENTENCE + "。〔数据说明1〕</p>"),
                        containsString("<h2>数据说明</h2>"),
                        containsString("<caption>数据说明</caption>"),
                        containsString("<th scope=\"col\">财政审核说明</th>"),
                        containsString("<td>30.00%（本报告自评表的预算执行率）</td>"),
                        containsString("<td>" + EXPLANATION + "（2021-03-05 说明）</td>")));
    }

    @Test
    void aReportWithoutExplainedFindingsShowsNoDataNotes() {
        long plain = PublicSiteStack.idOf("57980172-X-/2022-0712008");
        given().get("/reports/" + plain).then().statusCode(200).body(not(containsString("数据说明")));
        given().get("/api/reports/" + plain).then().statusCode(200).body(not(containsString("数据说明")));
    }
}

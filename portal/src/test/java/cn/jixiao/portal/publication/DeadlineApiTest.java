package cn.jixiao.portal.publication;

import static cn.jixiao.portal.project.ProjectFixtures.as;
import static cn.jixiao.portal.project.ProjectFixtures.count;
import static cn.jixiao.portal.publication.PublicationFixtures.YIJINHUOLUO;
import static cn.jixiao.portal.publication.PublicationFixtures.createDeadline;
import static cn.jixiao.portal.publication.PublicationFixtures.deadline;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The finance bureau sets, changes and removes deadlines; nobody else may, and no other region sees them. */
@QuarkusTest
class DeadlineApiTest {
    private static final int YEAR = 2008;

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    private final String finance = Tokens.accessToken("yijinhuoluo-finance");
    private final String dept = Tokens.accessToken("yijinhuoluo-dept");
    private final String baoshanFinance = Tokens.accessToken("baoshan-finance");

    @AfterEach
    void removeDeadlines() throws Exception {
        PublicationFixtures.removeYear(owner, YEAR);
    }

    @Test
    void financeReviewerSetsChangesAndRemovesADeadlineAuditedEachTime() throws Exception {
        long id = createDeadline(finance, YEAR, "SELF", LocalDate.of(YEAR + 1, 6, 30), "BUDGET_UNITS");
        as(finance)
                .get("/api/publication/deadlines?year=" + YEAR)
                .then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].kindLabel", equalTo("绩效自评"))
                .body("[0].dueOn", equalTo(YEAR + 1 + "-06-30"))
                .body("[0].appliesTo", equalTo("BUDGET_UNITS"));
        var change = deadline(YEAR, "SELF", LocalDate.of(YEAR + 1, 7, 15), "EVALUATED");
        change.put("version", 0);
        as(finance)
                .body(change)
                .put("/api/publication/deadlines/" + id)
                .then()
                .statusCode(200)
                .body("dueOn", equalTo(YEAR + 1 + "-07-15"))
                .body("version", equalTo(1));
        // the same version again is stale
        as(finance).body(change).put("/api/publication/deadlines/" + id).then().statusCode(409);
        // deleting what someone changed since it was read is refused too, and removes nothing
        as(finance)
                .delete("/api/publication/deadlines/" + id + "?version=0")
                .then()
                .statusCode(409);
        as(finance)
                .delete("/api/publication/deadlines/" + id + "?version=1")
                .then()
                .statusCode(204);
        as(finance).get("/api/publication/deadlines/" + id).then().statusCode(404);
        assertEquals(
                3,
                count(
                        owner,
                        "select count(*) from audit_log where tenant_id = ? and entity = 'PublicationDeadline' and entity_id = ?",
                        YIJINHUOLUO,
                        id));
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsSaved() throws Exception {
        as(finance)
                .body(deadline(YEAR, "SELF", null, null))
                .post("/api/publication/deadlines")
                .then()
                .statusCode(400)
                .body("fields.field", hasItem(containsString("dueOn")))
                .body("fields.message", hasItem(containsString("公开截止日期")));
        as(finance)
                .body(deadline(YEAR, "SELF", LocalDate.of(YEAR - 1, 12, 1), null))
                .post("/api/publication/deadlines")
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("dueOn"))
                .body("message", containsString("之间"));
        var noKind = deadline(YEAR, null, LocalDate.of(YEAR + 1, 6, 30), null);
        as(finance)
                .body(noKind)
                .post("/api/publication/deadlines")
                .then()
                .statusCode(400)
                .body("fields.message", hasItem(containsString("报告类型")));
        var badKind = new HashMap<>(noKind);
        badKind.put("kind", "WHATEVER");
        as(finance).body(badKind).post("/api/publication/deadlines").then().statusCode(400);
        as(finance)
                .body(deadline(1999, "SELF", LocalDate.of(2000, 6, 30), null))
                .post("/api/publication/deadlines")
                .then()
                .statusCode(400)
                .body("fields.field", hasItem(containsString("fiscalYear")));
        as(finance).get("/api/publication/deadlines?year=abc").then().statusCode(400);
        assertEquals(0, count(owner, "select count(*) from publication_deadline where fiscal_year = ?", YEAR));
    }

    @Test
    void aSecondDeadlineForTheSameYearAndKindIsAConflict() {
        createDeadline(finance, YEAR, "THIRD_PARTY", LocalDate.of(YEAR + 1, 5, 31), null);
        as(finance)
                .body(deadline(YEAR, "THIRD_PARTY", LocalDate.of(YEAR + 1, 6, 30), null))
                .post("/api/publication/deadlines")
                .then()
                .statusCode(409)
                .body("message", containsString("已设置"));
    }

    @Test
    void onlyTheFinanceReviewerMaySetDeadlinesThoughTheDepartmentReadsThem() {
        as(dept).body(deadline(YEAR, "SELF", LocalDate.of(YEAR + 1, 6, 30), null))
                .post("/api/publication/deadlines")
                .then()
                .statusCode(403)
                .body("message", containsString("财政审核人"));
        long id = createDeadline(finance, YEAR, "SELF", LocalDate.of(YEAR + 1, 6, 30), null);
        as(dept).get("/api/publication/deadlines?year=" + YEAR)
                .then()
                .statusCode(200)
                .body("[0].id", equalTo((int) id));
        as(dept).delete("/api/publication/deadlines/" + id + "?version=0")
                .then()
                .statusCode(403);
    }

    @Test
    void anotherRegionsDeadlineIsNotFound() {
        long id = createDeadline(finance, YEAR, "FINANCE_REVIEW", LocalDate.of(YEAR + 1, 6, 30), null);
        as(baoshanFinance).get("/api/publication/deadlines/" + id).then().statusCode(404);
        var change = deadline(YEAR, "FINANCE_REVIEW", LocalDate.of(YEAR + 1, 1, 5), null);
        change.put("version", 0);
        as(baoshanFinance)
                .body(change)
                .put("/api/publication/deadlines/" + id)
                .then()
                .statusCode(404);
        as(baoshanFinance)
                .delete("/api/publication/deadlines/" + id + "?version=0")
                .then()
                .statusCode(404);
        as(baoshanFinance)
                .get("/api/publication/deadlines?year=" + YEAR)
                .then()
                .statusCode(200)
                .body("id", not(hasItem((int) id)));
        as(finance)
                .get("/api/publication/deadlines/" + id)
                .then()
                .statusCode(200)
                .body("dueOn", equalTo(YEAR + 1 + "-06-30"));
    }
}

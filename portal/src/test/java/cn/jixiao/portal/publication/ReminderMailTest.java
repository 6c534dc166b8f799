package cn.jixiao.portal.publication;

import static cn.jixiao.portal.project.ProjectFixtures.as;
import static cn.jixiao.portal.project.ProjectFixtures.count;
import static cn.jixiao.portal.project.ProjectFixtures.departmentId;
import static cn.jixiao.portal.publication.PublicationFixtures.createDeadline;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.testing.Tokens;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reminders before a deadline go out once per deadline, department and threshold, and are mailed to the
 * department's reminder address through a real SMTP server (GreenMail, on the port the test profile
 * gives the mailer).
 */
@QuarkusTest
class ReminderMailTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final int YEAR = TODAY.getYear();
    private static final String ADDRESS = "zwfwj-gongkai@yijinhuoluo.example";

    private static GreenMail smtp;

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    private final String finance = Tokens.accessToken("yijinhuoluo-finance");
    private final String dept = Tokens.accessToken("yijinhuoluo-dept");

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @AfterEach
    void removeDeadlines() throws Exception {
        PublicationFixtures.removeYear(owner, YEAR);
        PublicationFixtures.execute(owner, "delete from publication_setting where tenant_id = '150627'");
        PublicationFixtures.execute(owner, "delete from publication_contact where tenant_id = '150627'");
    }

    @Test
    void aDeadlineThreeDaysAwayIsRemindedAndMailedOnceOnly() throws Exception {
        long zwfwj = departmentId(dept, "zwfwj");
        as(dept).body(Map.of("email", ADDRESS, "version", -1))
                .put("/api/publication/contacts/" + zwfwj)
                .then()
                .statusCode(200)
                .body("email", equalTo(ADDRESS));
        long deadline = createDeadline(finance, YEAR, "FINANCE_REVIEW", TODAY.plusDays(2), "BUDGET_UNITS");
        int before = smtp.getReceivedMessages().length;

        JsonPath first = as(finance)
                .post("/api/publication/reminders/run")
                .then()
                .statusCode(200)
                .body("reminderDays", equalTo(List.of(10, 3)))
                .extract()
                .jsonPath();
        Map<String, Object> sent =
                first.getMap("sent.find { it.deadlineId == " + deadline + " && it.departmentId == " + zwfwj + " }");
        assertEquals(List.of(10, 3), sent.get("thresholds"));
        assertEquals(ADDRESS, sent.get("mailedTo"));
        assertEquals(2, sent.get("daysLeft"));

        assertTrue(smtp.waitForIncomingEmail(5000, before + 1));
        MimeMessage mail = smtp.getReceivedMessagesForDomain("yijinhuoluo.example")[0];
        assertTrue(mail.getSubject().contains(TODAY.plusDays(2).toString()), mail.getSubject());
        assertTrue(GreenMailUtil.getBody(mail).length() > 0);

        // a second run (as after a restart) reminds nobody again
        as(finance)
                .post("/api/publication/reminders/run")
                .then()
                .statusCode(200)
                .body("sent.findAll { it.deadlineId == " + deadline + " }.size()", equalTo(0));
        assertEquals(1, smtp.getReceivedMessagesForDomain("yijinhuoluo.example").length);
        assertEquals(
                2,
                count(
                        owner,
                        "select count(*) from publication_reminder where deadline_id = ? and department_id = ?",
                        deadline,
                        zwfwj));
    }

    @Test
    void theRegionSetsItsOwnThresholdsAndOnlyTheFinanceReviewerRunsReminders() {
        as(finance)
                .get("/api/publication/reminder-settings")
                .then()
                .statusCode(200)
                .body("reminderDays", equalTo(List.of(10, 3)))
                .body("own", equalTo(false));
        as(finance)
                .body(Map.of("reminderDays", List.of(3, 0), "version", -1))
                .put("/api/publication/reminder-settings")
                .then()
                .statusCode(400)
                .body("fields.message", hasItem(containsString("1 至 90")));
        as(finance)
                .body(Map.of("reminderDays", List.of(5, 15), "version", -1))
                .put("/api/publication/reminder-settings")
                .then()
                .statusCode(200)
                .body("reminderDays", equalTo(List.of(15, 5)));
        long deadline = createDeadline(finance, YEAR, "FINANCE_REVIEW", TODAY.plusDays(12), "BUDGET_UNITS");
        as(finance)
                .post("/api/publication/reminders/run")
                .then()
                .statusCode(200)
                .body("sent.find { it.deadlineId == " + deadline + " }.thresholds", equalTo(List.of(15)));
        as(dept).post("/api/publication/reminders/run").then().statusCode(403);
        as(dept).body(Map.of("reminderDays", List.of(7), "version", 0))
                .put("/api/publication/reminder-settings")
                .then()
                .statusCode(403);
    }

    @Test
    void aReminderAddressIsKeptByItsDepartmentAndCheckedAndOtherRegionsCannotReachIt() {
        long zwfwj = departmentId(dept, "zwfwj");
        long jysbj = departmentId(finance, "jysbj");
        as(dept).body(Map.of("email", "not-an-address"))
                .put("/api/publication/contacts/" + zwfwj)
                .then()
                .statusCode(400)
                .body("fields[0].field", containsString("email"));
        as(dept).body(Map.of("email", ADDRESS))
                .put("/api/publication/contacts/" + jysbj)
                .then()
                .statusCode(403);
        as(Tokens.accessToken("baoshan-finance"))
                .body(Map.of("email", ADDRESS))
                .put("/api/publication/contacts/" + zwfwj)
                .then()
                .statusCode(404);
        as(Tokens.accessToken("baoshan-finance"))
                .get("/api/publication/contacts/" + zwfwj)
                .then()
                .statusCode(404);
    }
}

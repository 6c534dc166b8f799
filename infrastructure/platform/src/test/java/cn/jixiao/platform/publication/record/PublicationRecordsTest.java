package cn.jixiao.platform.publication.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.platform.calendar.WorkingCalendar;
import cn.jixiao.platform.publication.EvaluationKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How an owed report is judged: by the earlier of the bureau's deadline and the legal date, on a fixed today. */
class PublicationRecordsTest {
    private static final LocalDate BUREAU_DUE = LocalDate.parse("2022-06-30");
    private static final LocalDate TODAY = LocalDate.parse("2022-08-01");

    private static Obligation judge(String readyOn, String publishedOn, LocalDate today) {
        return PublicationRecords.judge(
                1,
                2,
                "某局",
                2021,
                EvaluationKind.SELF,
                BUREAU_DUE,
                readyOn == null ? null : LocalDate.parse(readyOn),
                publishedOn == null ? null : LocalDate.parse(publishedOn),
                publishedOn == null ? null : 9L,
                publishedOn == null ? 0 : 1,
                WorkingCalendar.weekendsOnly(),
                today);
    }

    @Test
    void publishedByTheBureausDeadlineIsOnTime() {
        Obligation o = judge(null, "2022-06-30", TODAY);
        assertEquals(ComplianceState.ON_TIME, o.state());
        assertEquals(0, o.daysLate());
        assertEquals(BUREAU_DUE, o.due());
    }

    @Test
    void publishedAfterTheDeadlineIsLateByCalendarDays() {
        Obligation o = judge(null, "2022-07-12", TODAY);
        assertEquals(ComplianceState.LATE, o.state());
        assertEquals(12, o.daysLate());
    }

    @Test
    void nothingPublishedOnceTheDeadlinePassedIsMissingAndCountsUpToToday() {
        Obligation o = judge(null, null, TODAY);
        assertEquals(ComplianceState.MISSING, o.state());
        assertEquals(32, o.daysLate());
    }

    @Test
    void nothingPublishedBeforeTheDeadlineIsPending() {
        Obligation o = judge(null, null, LocalDate.parse("2022-06-30"));
        assertEquals(ComplianceState.PENDING, o.state());
        assertEquals(0, o.daysLate());
    }

    @Test
    void anEarlyApprovalMakesTheLegalDateDecide() {
        // approved Monday 2022-03-07: 20 working days (weekends only) → 2022-04-04, before the bureau's 06-30
        Obligation o = judge("2022-03-07", "2022-04-15", TODAY);
        assertEquals(LocalDate.parse("2022-04-04"), o.legalDue());
        assertEquals(LocalDate.parse("2022-04-04"), o.due());
        assertTrue(o.legalDateDecides());
        assertEquals(ComplianceState.LATE, o.state());
        assertEquals(11, o.daysLate());
    }

    @Test
    void aLateApprovalLeavesTheBureausDeadlineDeciding() {
        Obligation o = judge("2022-06-20", "2022-06-29", TODAY);
        assertFalse(o.legalDateDecides());
        assertEquals(BUREAU_DUE, o.due());
        assertEquals(ComplianceState.ON_TIME, o.state());
    }
}

package cn.jixiao.portal.kiosk.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.portal.kiosk.DeviceStatus;
import cn.jixiao.portal.transfer.sheet.Problem;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A device row's dates and status checked as one lifecycle, on a fixed "today". */
class DeviceMilestonesTest {
    private static final LocalDate TODAY = LocalDate.of(2023, 1, 10);

    private static Map<String, Object> row(String status, String... dates) {
        var v = new HashMap<String, Object>();
        v.put("status", status);
        String[] keys = {
            "ordered_on", "delivered_on", "installed_on", "trial_started_on", "accepted_on", "in_service_on"
        };
        for (int i = 0; i < dates.length; i++) {
            v.put(keys[i], dates[i] == null ? null : LocalDate.parse(dates[i]));
        }
        return v;
    }

    @Test
    void aDeviceInServiceWithEveryStepDatedPasses() {
        var v = row("IN_SERVICE", "2022-05-01", "2022-06-01", "2022-06-10", "2022-07-01", "2022-08-01", "2022-08-02");
        v.put("acceptance_result", "PASSED");
        var checked = DeviceMilestones.check(v, TODAY);
        assertNull(checked.problem());
        assertEquals(6, checked.steps().size());
        assertEquals(6, DeviceMilestones.eventsOfNew(checked, TODAY, "批量导入").size());
    }

    @Test
    void inServiceWithoutPassedAcceptanceIsRefusedOnItsDate() {
        var v = row("IN_SERVICE", "2022-05-01", "2022-06-01", "2022-06-10", "2022-07-01", "2022-08-01", "2022-08-02");
        v.put("acceptance_result", "FAILED");
        Problem problem = DeviceMilestones.check(v, TODAY).problem();
        assertEquals("投入使用日期", problem.header());
        assertTrue(problem.message().startsWith("未经验收合格不能投入使用"), problem.message());
    }

    @Test
    void datesOutOfOrderAreRefusedOnTheLaterStep() {
        Problem problem = DeviceMilestones.check(row("INSTALLED", "2022-05-01", "2022-06-01", "2022-05-20"), TODAY)
                .problem();
        assertEquals("安装日期", problem.header());
        assertTrue(problem.message().contains("早于上一步"), problem.message());
    }

    @Test
    void aSkippedStepIsRefused() {
        Problem problem = DeviceMilestones.check(row("INSTALLED", "2022-05-01", null, "2022-06-01"), TODAY)
                .problem();
        assertEquals("安装日期", problem.header());
    }

    @Test
    void theStatusMustBeWhereTheDatesLead() {
        Problem behind = DeviceMilestones.check(row("DELIVERED", "2022-05-01", "2022-06-01", "2022-06-02"), TODAY)
                .problem();
        assertEquals("状态", behind.header());
        Problem ahead = DeviceMilestones.check(row("TRIAL_RUN", "2022-05-01", "2022-06-01", "2022-06-02"), TODAY)
                .problem();
        assertEquals("试运行日期", ahead.header());
        assertNull(
                DeviceMilestones.check(row("FAULTY", "2022-05-01", "2022-06-01", "2022-06-02", "2022-06-03"), TODAY)
                        .problem(),
                "a device on trial run may be faulty");
        assertEquals(
                "状态",
                DeviceMilestones.check(row("FAULTY", "2022-05-01"), TODAY)
                        .problem()
                        .header());
    }

    @Test
    void aFailedAcceptanceLeavesTheDeviceOnTrial() {
        var v = row("TRIAL_RUN", "2022-05-01", "2022-06-01", "2022-06-02", "2022-06-03", "2022-07-01");
        v.put("acceptance_result", "FAILED");
        var checked = DeviceMilestones.check(v, TODAY);
        assertNull(checked.problem());
        assertEquals(
                DeviceStatus.TRIAL_RUN,
                checked.steps().get(checked.steps().size() - 1).status());
    }

    @Test
    void aDateInTheFutureIsRefused() {
        Problem problem = DeviceMilestones.check(row("DELIVERED", "2022-05-01", "2023-02-01"), TODAY)
                .problem();
        assertEquals("到货日期", problem.header());
    }

    @Test
    void anUpdateTakesLaterStepsButNeverChangesOrClearsRecordedOnes() {
        var before = row("DELIVERED", "2022-05-01", "2022-06-01");
        var later = row("INSTALLED", "2022-05-01", "2022-06-01", "2022-06-05");
        assertNull(DeviceMilestones.refuseUpdate(before, later));
        var events = DeviceMilestones.eventsOfUpdate(before, DeviceMilestones.check(later, TODAY), TODAY, "批量导入");
        assertEquals(
                List.of(DeviceStatus.INSTALLED),
                events.stream().map(DeviceMilestones.Event::status).toList());

        Problem back = DeviceMilestones.refuseUpdate(later, row("DELIVERED", "2022-05-01", "2022-06-01"));
        assertEquals("安装日期", back.header());
        assertEquals(
                "到货日期",
                DeviceMilestones.refuseUpdate(before, row("DELIVERED", "2022-05-01", "2022-06-02"))
                        .header());
    }
}

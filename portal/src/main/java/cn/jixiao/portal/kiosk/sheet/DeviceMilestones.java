package cn.jixiao.portal.kiosk.sheet;

import cn.jixiao.portal.kiosk.AcceptanceOutcome;
import cn.jixiao.portal.kiosk.DeviceLifecycle;
import cn.jixiao.portal.kiosk.DeviceLifecycle.Step;
import cn.jixiao.portal.kiosk.DeviceStatus;
import cn.jixiao.portal.transfer.sheet.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A device row's lifecycle as its dates tell it, checked with {@link DeviceLifecycle}: the steps
 * reached in order, no step skipped, no date in the future, nothing in service unaccepted, and a
 * status that the dates reach. Pure (values by column key), so the rules are tested without a database.
 */
final class DeviceMilestones {
    /** A dated step of the sheet: its status, column key and header. */
    record Milestone(DeviceStatus status, String key, String header) {}

    static final List<Milestone> ORDER = List.of(
            new Milestone(DeviceStatus.ORDERED, "ordered_on", "订购日期"),
            new Milestone(DeviceStatus.DELIVERED, "delivered_on", "到货日期"),
            new Milestone(DeviceStatus.INSTALLED, "installed_on", "安装日期"),
            new Milestone(DeviceStatus.TRIAL_RUN, "trial_started_on", "试运行日期"),
            new Milestone(DeviceStatus.ACCEPTED, "accepted_on", "验收日期"),
            new Milestone(DeviceStatus.IN_SERVICE, "in_service_on", "投入使用日期"),
            new Milestone(DeviceStatus.RETIRED, "retired_on", "报废日期"));

    static final String STATUS = "状态";
    static final String RESULT = "验收结论";
    private static final String NOTE_FAULTY = "批量导入：导入时设备处于故障状态";

    /** The steps the dates reach (a failed acceptance is no step), or the first problem found. */
    record Checked(List<Step> steps, DeviceStatus status, Problem problem) {
        boolean ok() {
            return problem == null;
        }
    }

    /** A lifecycle event to record: status, date and note. */
    record Event(DeviceStatus status, LocalDate on, String note) {}

    private DeviceMilestones() {}

    static Checked check(Map<String, Object> v, LocalDate today) {
        DeviceStatus status = DeviceStatus.valueOf((String) v.get("status"));
        String result = (String) v.get("acceptance_result");
        LocalDate acceptedOn = (LocalDate) v.get("accepted_on");
        boolean passed = acceptedOn != null && AcceptanceOutcome.PASSED.name().equals(result);
        if (acceptedOn != null && result == null) {
            return fail(RESULT, "填写了验收日期时须填写验收结论（合格或不合格） (give the acceptance result)");
        }
        if (result != null && acceptedOn == null) {
            return fail("验收日期", "填写了验收结论时须填写验收日期 (give the acceptance date)");
        }
        if ((status == DeviceStatus.IN_SERVICE || v.get("in_service_on") != null) && !passed) {
            return fail(
                    v.get("in_service_on") != null ? "投入使用日期" : STATUS,
                    "未经验收合格不能投入使用：须填写验收日期且验收结论为「合格」 (a device cannot enter service before it " + "passed acceptance)");
        }
        var steps = new ArrayList<Step>();
        for (Milestone m : ORDER) {
            LocalDate on = (LocalDate) v.get(m.key());
            if (on == null) {
                continue;
            }
            if (m.status() == DeviceStatus.ACCEPTED && !passed) {
                Problem failed = failedAcceptance(steps, on, today);
                if (failed != null) {
                    return new Checked(steps, status, failed);
                }
                continue; // a failed acceptance leaves the device on its trial run
            }
            var reason = DeviceLifecycle.refuse(steps, m.status(), on, today);
            if (reason.isPresent()) {
                return fail(m.header(), reason.get());
            }
            steps.add(new Step(m.status(), on));
        }
        Problem mismatch = statusProblem(steps, status, acceptedOn, today);
        return new Checked(steps, status, mismatch);
    }

    private static Checked fail(String header, String message) {
        return new Checked(List.of(), null, new Problem(header, message));
    }

    private static Problem failedAcceptance(List<Step> steps, LocalDate on, LocalDate today) {
        if (DeviceLifecycle.current(steps) != DeviceStatus.TRIAL_RUN) {
            return new Problem("验收日期", "验收前须先试运行：请填写试运行日期 (a device is accepted after its trial run)");
        }
        if (on.isAfter(today)) {
            return new Problem("验收日期", "日期不能晚于今天 (the date cannot be in the future)");
        }
        if (on.isBefore(steps.get(steps.size() - 1).on())) {
            return new Problem(
                    "验收日期",
                    "日期早于上一步（" + steps.get(steps.size() - 1).on() + "） (the date is before the " + "previous step's)");
        }
        return null;
    }

    /** The status written must be where the dates lead (or 故障 after a step that can fail). */
    private static Problem statusProblem(List<Step> steps, DeviceStatus status, LocalDate acceptedOn, LocalDate today) {
        DeviceStatus reached = DeviceLifecycle.current(steps);
        if (reached == null) {
            return new Problem("订购日期", "不能为空 (required)");
        }
        if (status == reached) {
            return null;
        }
        if (status == DeviceStatus.FAULTY) {
            return reached.canMoveTo(DeviceStatus.FAULTY)
                    ? null
                    : new Problem(
                            STATUS,
                            "「" + reached.label + "」的设备不能登记为「故障」：故障只能出现在试运行、验收或投入使用之后 "
                                    + "(only a device on trial, accepted or in service can be faulty)");
        }
        int wanted = position(status);
        if (wanted > position(reached)) {
            Milestone m = ORDER.get(wanted);
            if (status == DeviceStatus.ACCEPTED && acceptedOn != null) {
                return new Problem(RESULT, "状态为「已验收」时验收结论须为「合格」 (an accepted device passed acceptance)");
            }
            return new Problem(m.header(), "状态为「" + status.label + "」时须填写本列 (this date is required for the status)");
        }
        return new Problem(
                STATUS,
                "按填写的日期设备已到「" + reached.label + "」，与状态「" + status.label + "」不符 (the dates say " + reached + ")");
    }

    private static int position(DeviceStatus status) {
        for (int i = 0; i < ORDER.size(); i++) {
            if (ORDER.get(i).status() == status) {
                return i;
            }
        }
        throw new IllegalArgumentException("no milestone for " + status);
    }

    /**
     * An existing device takes only what comes later: every milestone already recorded keeps its
     * date (a failed acceptance may be followed by a later one), so a file never moves it back.
     */
    static Problem refuseUpdate(Map<String, Object> existing, Map<String, Object> file) {
        for (Milestone m : ORDER) {
            Object before = existing.get(m.key());
            Object after = file.get(m.key());
            if (before == null || Objects.equals(before, after)) {
                continue;
            }
            if (m.status() == DeviceStatus.ACCEPTED
                    && AcceptanceOutcome.FAILED.name().equals(existing.get("acceptance_result"))
                    && after instanceof LocalDate later
                    && later.isAfter((LocalDate) before)) {
                continue; // accepted again after a failed acceptance
            }
            return new Problem(
                    m.header(),
                    "该设备已登记" + m.header() + "为 " + before + "，导入不能修改或清除已登记的日期，"
                            + "设备状态不能倒退 (a recorded date cannot be changed or cleared; a device never moves back)");
        }
        if (existing.get("accepted_on") != null
                && existing.get("accepted_on").equals(file.get("accepted_on"))
                && !Objects.equals(existing.get("acceptance_result"), file.get("acceptance_result"))) {
            return new Problem(RESULT, "已登记的验收结论不能通过导入修改 (a recorded acceptance result cannot be changed)");
        }
        return null;
    }

    /** The events of a new device: one per step reached, and 故障 (dated today) when it is faulty now. */
    static List<Event> eventsOfNew(Checked checked, LocalDate today, String note) {
        var events = new ArrayList<Event>();
        checked.steps().forEach(s -> events.add(new Event(s.status(), s.on(), note)));
        if (checked.status() == DeviceStatus.FAULTY) {
            events.add(new Event(DeviceStatus.FAULTY, today, NOTE_FAULTY));
        }
        return events;
    }

    /** The events an update adds: the steps not recorded before, and a change into or out of 故障. */
    static List<Event> eventsOfUpdate(Map<String, Object> existing, Checked checked, LocalDate today, String note) {
        var events = new ArrayList<Event>();
        for (Step step : checked.steps()) {
            Milestone m = ORDER.get(position(step.status()));
            if (!step.on().equals(existing.get(m.key()))) {
                events.add(new Event(step.status(), step.on(), note));
            }
        }
        DeviceStatus before = DeviceStatus.valueOf((String) existing.get("status"));
        if (checked.status() == DeviceStatus.FAULTY && before != DeviceStatus.FAULTY) {
            events.add(new Event(DeviceStatus.FAULTY, today, NOTE_FAULTY));
        } else if (before == DeviceStatus.FAULTY && checked.status() != DeviceStatus.FAULTY && events.isEmpty()) {
            events.add(new Event(checked.status(), today, note + "：故障已排除"));
        }
        return events;
    }
}

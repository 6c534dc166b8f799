package cn.jixiao.portal.kiosk;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a device may take its next step. Pure: the service loads the history, asks, and
 * saves only when the answer is yes, so a refused transition changes nothing.
 */
public final class DeviceLifecycle {

    /** One dated step of a device's history. */
    public record Step(DeviceStatus status, LocalDate on) {}

    private DeviceLifecycle() {}

    /** Empty when allowed; otherwise the reason, in Chinese then English. */
    public static Optional<String> refuse(List<Step> history, DeviceStatus target, LocalDate on, LocalDate today) {
        if (on == null) {
            return Optional.of("请填写日期 (a date is required)");
        }
        if (on.isAfter(today)) {
            return Optional.of("日期不能晚于今天 (the date cannot be in the future)");
        }
        if (history.isEmpty()) {
            return target == DeviceStatus.ORDERED
                    ? Optional.empty()
                    : Optional.of("设备须从“已订购”开始登记 (a device starts as ordered)");
        }
        Step last = history.get(history.size() - 1);
        if (!last.status().canMoveTo(target)) {
            return Optional.of("不能从“" + last.status().label + "”直接变为“" + target.label + "” (cannot go from "
                    + last.status() + " to " + target + ")");
        }
        if (on.isBefore(last.on())) {
            return Optional.of("日期早于上一步（" + last.on() + "） (the date is before the previous step's)");
        }
        if (last.status() == DeviceStatus.FAULTY
                && target == DeviceStatus.ACCEPTED
                && history.stream().noneMatch(s -> s.status() == DeviceStatus.ACCEPTED)) {
            return Optional.of("故障设备须修复后重新试运行再验收 (a faulty device goes back to its trial run before acceptance)");
        }
        if (target == DeviceStatus.IN_SERVICE && history.stream().noneMatch(s -> s.status() == DeviceStatus.ACCEPTED)) {
            return Optional.of("未经验收不能投入使用 (a device cannot enter service before acceptance)");
        }
        return Optional.empty();
    }

    public static DeviceStatus current(List<Step> history) {
        return history.isEmpty() ? null : history.get(history.size() - 1).status();
    }

    /** Accepted at least once (and not since retired): what 设备验收合格率 counts. */
    public static boolean accepted(List<Step> history) {
        return history.stream().anyMatch(s -> s.status() == DeviceStatus.ACCEPTED)
                && current(history) != DeviceStatus.RETIRED;
    }
}

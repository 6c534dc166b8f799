package cn.jixiao.portal.kiosk;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether a point may move to a status on a date, and the move itself. Pure, like
 * {@link DeviceLifecycle}: the service asks first and changes nothing when refused.
 */
public final class PointMoves {
    private PointMoves() {}

    /** Empty when allowed; otherwise the reason, in Chinese then English. */
    public static Optional<String> refuse(
            ServicePoint point, PointStatus target, LocalDate on, LocalDate expectedOpenOn, LocalDate today) {
        if (on == null) {
            return Optional.of("请填写日期 (a date is required)");
        }
        if (on.isAfter(today)) {
            return Optional.of("日期不能晚于今天 (the date cannot be in the future)");
        }
        if (!point.status.canMoveTo(target)) {
            return Optional.of("服务点不能从“" + point.status.label + "”变为“" + target.label + "” (a point cannot go from "
                    + point.status + " to " + target + ")");
        }
        Optional<LocalDate> latest = latestDate(point);
        if (latest.isPresent() && on.isBefore(latest.get())) {
            return Optional.of("日期早于服务点上一次状态变化（" + latest.get() + "） (the date is before the point's last change)");
        }
        if (expectedOpenOn != null && target != PointStatus.UNDER_CONSTRUCTION) {
            return Optional.of("只有转为“建设中”时才填写预计开放日期 (expectedOpenOn goes only with UNDER_CONSTRUCTION)");
        }
        if (expectedOpenOn != null && expectedOpenOn.isBefore(on)) {
            return Optional.of("预计开放日期不能早于开工日期 (expectedOpenOn cannot be before the works start)");
        }
        return Optional.empty();
    }

    /** Sets the status and its date; leaving "closed" clears the closing date, opening clears the expected date. */
    public static void apply(ServicePoint point, PointStatus target, LocalDate on, LocalDate expectedOpenOn) {
        switch (target) {
            case UNDER_CONSTRUCTION -> {
                point.constructionStartedOn = on;
                point.closedOn = null;
                if (expectedOpenOn != null) {
                    point.expectedOpenOn = expectedOpenOn;
                }
            }
            case IN_SERVICE -> {
                point.openedOn = on;
                point.closedOn = null;
                point.expectedOpenOn = null;
            }
            case CLOSED -> point.closedOn = on;
            case PLANNED -> throw new IllegalArgumentException("no point moves back to planned");
        }
        point.status = target;
    }

    private static Optional<LocalDate> latestDate(ServicePoint p) {
        return Stream.of(p.constructionStartedOn, p.openedOn, p.closedOn)
                .filter(d -> d != null)
                .max(LocalDate::compareTo);
    }
}

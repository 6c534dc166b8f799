package cn.jixiao.portal.kiosk;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** A service point's standing: planned → under construction → in service → closed. */
public enum PointStatus {
    PLANNED("规划中"),
    UNDER_CONSTRUCTION("建设中"),
    IN_SERVICE("已投入使用"),
    CLOSED("已关闭");

    public final String label;

    PointStatus(String label) {
        this.label = label;
    }

    private static final Map<PointStatus, Set<PointStatus>> NEXT = Map.of(
            PLANNED, EnumSet.of(UNDER_CONSTRUCTION, CLOSED),
            UNDER_CONSTRUCTION, EnumSet.of(IN_SERVICE, CLOSED),
            IN_SERVICE, EnumSet.of(CLOSED),
            // a closed point may reopen after works
            CLOSED, EnumSet.of(UNDER_CONSTRUCTION, IN_SERVICE));

    public boolean canMoveTo(PointStatus target) {
        return NEXT.get(this).contains(target);
    }
}

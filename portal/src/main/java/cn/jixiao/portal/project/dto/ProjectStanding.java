package cn.jixiao.portal.project.dto;

import cn.jixiao.portal.web.Money;
import java.math.BigDecimal;

/**
 * How the funds stand against the approved changes: changes still waiting for approval, and
 * whether the planned total equals the total of the last approved TOTAL change (null when none).
 */
public record ProjectStanding(
        long pendingChanges, BigDecimal plannedTotal, BigDecimal lastApprovedTotal, Boolean plannedMatchesApproved) {

    public static ProjectStanding of(long pending, BigDecimal plannedTotal, BigDecimal lastApprovedTotal) {
        Boolean matches = lastApprovedTotal == null ? null : plannedTotal.compareTo(lastApprovedTotal) == 0;
        return new ProjectStanding(pending, Money.plain(plannedTotal), Money.plain(lastApprovedTotal), matches);
    }
}

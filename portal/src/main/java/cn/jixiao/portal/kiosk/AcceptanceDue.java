package cn.jixiao.portal.kiosk;

import java.time.LocalDate;

/**
 * When a device's acceptance is due under its contract's terms, and whether it is (or, once
 * accepted, was) late: {@code daysOverdue} calendar days after {@code dueOn}, 0 when on time.
 */
public record AcceptanceDue(LocalDate dueOn, boolean overdue, long daysOverdue) {}

package cn.jixiao.portal.kiosk;

import java.time.LocalDate;

/**
 * The device's side of its faults: it becomes FAULTY when a fault is opened and returns to where it
 * was when the last open one is closed. Both write a dated, attributed lifecycle step.
 */
interface RepairSteps {
    void markFaulty(Device device, LocalDate on, String note);

    void restoreAfterRepair(Device device, LocalDate on);
}

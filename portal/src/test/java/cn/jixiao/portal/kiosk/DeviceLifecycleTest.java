package cn.jixiao.portal.kiosk;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.portal.kiosk.DeviceLifecycle.Step;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceLifecycleTest {
    private static final LocalDate TODAY = LocalDate.of(2022, 12, 1);
    private static final List<Step> ON_TRIAL = List.of(
            new Step(DeviceStatus.ORDERED, LocalDate.of(2022, 6, 1)),
            new Step(DeviceStatus.DELIVERED, LocalDate.of(2022, 7, 1)),
            new Step(DeviceStatus.INSTALLED, LocalDate.of(2022, 7, 10)),
            new Step(DeviceStatus.TRIAL_RUN, LocalDate.of(2022, 8, 1)));

    @Test
    void cannotGoToServiceWithoutAcceptance() {
        var reason = DeviceLifecycle.refuse(ON_TRIAL, DeviceStatus.IN_SERVICE, LocalDate.of(2022, 9, 1), TODAY);
        assertTrue(reason.isPresent());
        assertTrue(reason.get().contains("不能从“试运行”直接变为“投入使用”"), reason.get());
    }

    @Test
    void cannotSkipSteps() {
        var history = List.of(new Step(DeviceStatus.ORDERED, LocalDate.of(2022, 6, 1)));
        assertTrue(DeviceLifecycle.refuse(history, DeviceStatus.TRIAL_RUN, LocalDate.of(2022, 7, 1), TODAY)
                .isPresent());
        assertTrue(DeviceLifecycle.refuse(List.of(), DeviceStatus.DELIVERED, LocalDate.of(2022, 7, 1), TODAY)
                .isPresent());
    }

    @Test
    void datesMustNotGoBackwardsOrIntoTheFuture() {
        assertTrue(DeviceLifecycle.refuse(ON_TRIAL, DeviceStatus.ACCEPTED, LocalDate.of(2022, 7, 31), TODAY)
                .isPresent());
        assertTrue(DeviceLifecycle.refuse(ON_TRIAL, DeviceStatus.ACCEPTED, LocalDate.of(2023, 1, 1), TODAY)
                .isPresent());
        assertFalse(DeviceLifecycle.refuse(ON_TRIAL, DeviceStatus.ACCEPTED, LocalDate.of(2022, 8, 1), TODAY)
                .isPresent());
    }

    @Test
    void acceptedDeviceMayEnterService() {
        var accepted = new java.util.ArrayList<>(ON_TRIAL);
        accepted.add(new Step(DeviceStatus.ACCEPTED, LocalDate.of(2022, 9, 15)));
        assertFalse(DeviceLifecycle.refuse(accepted, DeviceStatus.IN_SERVICE, LocalDate.of(2022, 9, 16), TODAY)
                .isPresent());
        assertTrue(DeviceLifecycle.accepted(accepted));
    }

    @Test
    void deviceOnTrialIsInUseButNotAccepted() {
        assertTrue(DeviceLifecycle.current(ON_TRIAL).inUse());
        assertFalse(DeviceLifecycle.accepted(ON_TRIAL));
    }

    @Test
    void repairedDeviceReturnsToServiceOnlyIfAcceptedBefore() {
        var faultyAfterTrial = new java.util.ArrayList<>(ON_TRIAL);
        faultyAfterTrial.add(new Step(DeviceStatus.FAULTY, LocalDate.of(2022, 8, 20)));
        assertTrue(DeviceLifecycle.refuse(faultyAfterTrial, DeviceStatus.IN_SERVICE, LocalDate.of(2022, 9, 1), TODAY)
                .isPresent());
        assertFalse(DeviceLifecycle.refuse(faultyAfterTrial, DeviceStatus.TRIAL_RUN, LocalDate.of(2022, 9, 1), TODAY)
                .isPresent());
    }
}

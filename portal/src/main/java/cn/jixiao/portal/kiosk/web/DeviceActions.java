package cn.jixiao.portal.kiosk.web;

import cn.jixiao.portal.kiosk.AcceptanceOutcome;
import cn.jixiao.portal.kiosk.KioskAccess;
import cn.jixiao.portal.kiosk.web.DeviceList.Option;
import java.time.LocalDate;
import java.util.List;

/**
 * What the signed-in user may do on a device's page, and the choices each form offers. The flags
 * follow {@link KioskAccess} and the lifecycle; the API checks again, so a hidden form is a courtesy.
 *
 * @param edit         the buyer's editors (or the admin): describe the device, record steps and acceptance
 * @param steps        the statuses the steps route may record next (empty when the user may not)
 * @param acceptance   acceptance may be recorded now (the device is on trial run)
 * @param signOff      the network sign-off unit may sign it (installed, not yet signed)
 * @param openFault    a fault may be reported (the device is in use)
 * @param closeFaults  open faults may be closed
 * @param documentKinds the kinds the user may upload
 */
public record DeviceActions(
        boolean edit,
        List<Option> steps,
        boolean acceptance,
        boolean signOff,
        boolean openFault,
        boolean closeFaults,
        List<Option> documentKinds,
        List<Option> points,
        List<Option> contracts,
        String price,
        LocalDate today,
        int version) {

    /** Whether the actions slot shows any form. */
    public boolean any() {
        return edit || signOff || openFault || !documentKinds.isEmpty();
    }

    /** Whether the page has any form: the slot's, or the close forms in the faults list. */
    public boolean usesForms() {
        return any() || closeFaults;
    }

    /** The choices of the acceptance form: 合格 / 不合格. */
    public List<Option> outcomes() {
        return List.of(
                new Option(AcceptanceOutcome.PASSED.name(), "合格", false),
                new Option(AcceptanceOutcome.FAILED.name(), "不合格", false));
    }
}

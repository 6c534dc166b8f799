package cn.jixiao.portal.kiosk.web;

import cn.jixiao.portal.kiosk.web.DeviceList.Option;
import java.time.LocalDate;
import java.util.List;

/**
 * The 登记设备 form of the device list. An editor registers for their own department
 * ({@code buyerId}, {@code buyerName}) and picks among its contracts; the region's admin picks the
 * buying department ({@code departments}) and sees every contract, named with its department.
 */
public record DeviceRegistration(
        boolean allowed,
        Long buyerId,
        String buyerName,
        List<Option> departments,
        List<Option> types,
        List<Option> points,
        List<Option> contracts,
        LocalDate today) {

    static DeviceRegistration refused() {
        return new DeviceRegistration(false, null, null, List.of(), List.of(), List.of(), List.of(), null);
    }

    /** The admin chooses the buyer; an editor's department is fixed. */
    public boolean choosesBuyer() {
        return buyerId == null;
    }
}

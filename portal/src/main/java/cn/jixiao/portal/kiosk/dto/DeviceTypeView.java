package cn.jixiao.portal.kiosk.dto;

import cn.jixiao.portal.kiosk.DeviceType;
import java.util.List;

/** A device type with the services it offers and how many devices of it the region has. */
public record DeviceTypeView(long id, String name, List<String> services, long deviceCount, int version) {

    public static DeviceTypeView of(DeviceType t, long deviceCount) {
        return new DeviceTypeView(t.id, t.name, List.of(t.services), deviceCount, t.version);
    }
}

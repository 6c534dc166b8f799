package cn.jixiao.portal.kiosk.dto;

import cn.jixiao.portal.kiosk.DeviceEvent;
import cn.jixiao.portal.kiosk.DeviceStatus;
import cn.jixiao.portal.kiosk.EventKind;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One entry of a device's history: the status it records, on which day, by whom, when entered. */
public record DeviceEventView(
        long id,
        DeviceStatus status,
        String statusLabel,
        EventKind kind,
        String kindLabel,
        LocalDate onDate,
        String actor,
        OffsetDateTime recordedAt,
        String note) {

    public static DeviceEventView of(DeviceEvent e) {
        return new DeviceEventView(
                e.id, e.status, e.status.label, e.kind, e.kind.label, e.onDate, e.actor, e.recordedAt, e.note);
    }
}

package cn.jixiao.portal.kiosk.web;

import cn.jixiao.portal.kiosk.DeviceStatus;
import cn.jixiao.portal.web.Paged;
import cn.jixiao.portal.web.SortColumn;
import java.time.LocalDate;
import java.util.List;

/** A page of the device list: the rows the user may read, the filters, the sort links. */
public record DeviceList(
        Paged<Row> rows,
        Filter filter,
        List<SortColumn> columns,
        String pageBase,
        List<Option> points,
        List<Option> types,
        List<Option> buyers,
        List<Option> statuses) {

    /** One device as lists show it. */
    public record Row(
            long id,
            String code,
            String type,
            String model,
            Long pointId,
            String point,
            long buyerId,
            String buyer,
            DeviceStatus status,
            LocalDate orderedOn,
            LocalDate acceptedOn,
            LocalDate inServiceOn) {

        public String statusLabel() {
            return status.label;
        }
    }

    /** What the list is narrowed to; pointId "none" asks for the devices at no point. */
    public record Filter(String pointId, Long typeId, DeviceStatus status, Long departmentId) {
        public boolean unplaced() {
            return "none".equals(pointId);
        }

        public Long point() {
            return pointId == null || unplaced() ? null : Long.valueOf(pointId);
        }

        public String statusName() {
            return status == null ? "" : status.name();
        }
    }

    /** A choice of a filter's select; {@code selected} marks the current one. */
    public record Option(String value, String label, boolean selected) {}
}

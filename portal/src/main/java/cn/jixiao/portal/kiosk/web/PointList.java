package cn.jixiao.portal.kiosk.web;

import cn.jixiao.portal.kiosk.PointStatus;
import cn.jixiao.portal.web.Paged;
import cn.jixiao.portal.web.SortColumn;
import java.time.LocalDate;
import java.util.List;

/** A page of the service points, with their status filter and sort links. */
public record PointList(
        Paged<Row> rows,
        PointStatus status,
        List<SortColumn> columns,
        String pageBase,
        List<DeviceList.Option> statuses) {

    /** A point as the list shows it; {@code devices} counts the ones the user may read, not retired. */
    public record Row(
            long id,
            String code,
            String name,
            String address,
            String community,
            PointStatus status,
            String keeper,
            LocalDate openedOn,
            LocalDate expectedOpenOn,
            boolean open24h,
            long devices) {

        public String statusLabel() {
            return status.label;
        }
    }
}

package cn.jixiao.portal.kiosk;

import java.time.LocalDate;
import java.util.List;

/** A page of the service points, with their status filter and sort links. */
public record PointList(
        List<Row> rows,
        long total,
        int page,
        int size,
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

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pageCount();
    }
}

package cn.jixiao.portal.kiosk.rest;

import cn.jixiao.portal.kiosk.Device;
import cn.jixiao.portal.kiosk.KioskAccess;
import cn.jixiao.portal.web.QueryParams;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** One device's daily counts for a year, with the year's total and days from the roll-up. */
@Path("/api/kiosks/devices/{id}/usage")
@Produces(MediaType.APPLICATION_JSON)
public class DeviceUsageApi {
    public record Day(LocalDate day, int transactions) {}

    public record DeviceUsage(int year, long total, int days, List<Day> perDay) {}

    @Inject
    KioskAccess kiosks;

    @Inject
    AgroalDataSource dataSource;

    @GET
    @Operation(summary = "设备每日办件量 (a device's daily usage in a year; total and days from the yearly roll-up)")
    public DeviceUsage usage(@PathParam("id") long id, @QueryParam("year") String yearParam) throws SQLException {
        Integer asked = QueryParams.year("year", yearParam);
        Device device = kiosks.readableDevice(id);
        int year = asked == null ? LocalDate.now(UsageApi.CHINA).getYear() : asked;
        var perDay = new ArrayList<Day>();
        long total = 0;
        int days = 0;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s =
                    c.prepareStatement("select day, transactions from device_usage where device_id = ?"
                            + " and day >= make_date(?, 1, 1) and day < make_date(? + 1, 1, 1) order by day")) {
                s.setLong(1, device.id);
                s.setInt(2, year);
                s.setInt(3, year);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        perDay.add(new Day(rs.getObject(1, LocalDate.class), rs.getInt(2)));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "select transactions, days from device_usage_year where device_id = ? and year = ?")) {
                s.setLong(1, device.id);
                s.setInt(2, year);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        total = rs.getLong(1);
                        days = rs.getInt(2);
                    }
                }
            }
        }
        return new DeviceUsage(year, total, days, perDay);
    }
}

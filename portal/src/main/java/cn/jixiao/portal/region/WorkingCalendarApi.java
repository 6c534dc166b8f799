package cn.jixiao.portal.region;

import cn.jixiao.portal.kiosk.rest.PointApi;
import cn.jixiao.portal.web.FiscalYear;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/settings/working-calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkingCalendarApi {
    static final String YEAR_REQUIRED = "请指定年度 year (year is required)";

    @Inject
    WorkingCalendarService calendar;

    @GET
    @Operation(summary = "工作日历 (the region's holidays and worked weekend days of a year)")
    public WorkingCalendarView get(@QueryParam("year") @NotNull(message = YEAR_REQUIRED) @FiscalYear String year) {
        return calendar.year(Integer.parseInt(year));
    }

    @PUT
    @Operation(summary = "设置工作日历 (replace the year's days; region admin or finance reviewer)")
    public WorkingCalendarView put(
            @QueryParam("year") @NotNull(message = YEAR_REQUIRED) @FiscalYear String year,
            @Valid @NotNull(message = PointApi.BODY_REQUIRED) WorkingCalendarInput input) {
        return calendar.replace(Integer.parseInt(year), input);
    }
}

package cn.jixiao.portal.kiosk.rest;

import cn.jixiao.portal.kiosk.summary.KioskSummary;
import cn.jixiao.portal.kiosk.summary.KioskSummaryService;
import cn.jixiao.portal.region.Today;
import cn.jixiao.portal.web.FiscalYear;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The computed kiosk figures of a year, over the devices the user may read. */
@Path("/api/kiosks/summary")
@Produces(MediaType.APPLICATION_JSON)
public class KioskSummaryApi {
    static final String YEAR_REQUIRED = "请提供年度 year (year is required)";

    @Inject
    KioskSummaryService summaries;

    @Inject
    Today today;

    @GET
    @Operation(
            summary = "自助设备年度汇总：验收合格率、投入使用率、逾期未验收、已付款未验收、故障、办件量 (the year's kiosk summary as of its last day or today)")
    public KioskSummary get(@QueryParam("year") @NotNull(message = YEAR_REQUIRED) @FiscalYear String year) {
        return summaries.summary(Integer.parseInt(year), today.get());
    }
}

package cn.jixiao.portal.kiosk.rest;

import cn.jixiao.portal.kiosk.summary.KioskSummary;
import cn.jixiao.portal.kiosk.summary.RegionKioskService;
import cn.jixiao.portal.kiosk.summary.RegionKiosks;
import cn.jixiao.portal.region.Today;
import cn.jixiao.portal.web.FiscalYear;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The kiosk summaries of the regions below this one, read-only, for its finance reviewers and admins. */
@Path("/api/kiosks/summary/regions")
@Produces(MediaType.APPLICATION_JSON)
public class RegionKioskSummaryApi {
    @Inject
    RegionKioskService regions;

    @Inject
    Today today;

    @GET
    @Operation(summary = "下级地区自助设备年度汇总：逐个地区并列并求和 (the regions below, side by side and summed; read-only)")
    public RegionKiosks get(
            @QueryParam("year") @NotNull(message = KioskSummaryApi.YEAR_REQUIRED) @FiscalYear String year) {
        return regions.forRegions(Integer.parseInt(year), today.get());
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "一个下级地区的自助设备年度汇总，与该地区自己的汇总相同 (one region below, as its own summary)")
    public KioskSummary child(
            @PathParam("code") String code,
            @QueryParam("year") @NotNull(message = KioskSummaryApi.YEAR_REQUIRED) @FiscalYear String year) {
        return regions.forChild(code, Integer.parseInt(year), today.get());
    }
}

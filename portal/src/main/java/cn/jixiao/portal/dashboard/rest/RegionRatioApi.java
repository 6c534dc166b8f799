package cn.jixiao.portal.dashboard.rest;

import cn.jixiao.portal.dashboard.RegionRatioService;
import cn.jixiao.portal.dashboard.RegionRatios;
import cn.jixiao.portal.dashboard.TenantRatios;
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

/** The regions below this one (a city's counties), read-only, for its finance reviewers and admins. */
@Path("/api/dashboard/regions")
@Produces(MediaType.APPLICATION_JSON)
public class RegionRatioApi {
    @Inject
    RegionRatioService regions;

    @GET
    @Operation(summary = "下级地区年度比率：逐个地区并列，并按分子、分母分别求和 (the regions below, side by side and summed; read-only)")
    public RegionRatios get(
            @QueryParam("year") @NotNull(message = DepartmentRatioApi.YEAR_REQUIRED) @FiscalYear String year) {
        return regions.forRegions(Integer.parseInt(year));
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "一个下级地区的年度比率，与该地区自己的 /api/ratios 相同 (one region below, as its own /api/ratios answers)")
    public TenantRatios child(
            @PathParam("code") String code,
            @QueryParam("year") @NotNull(message = DepartmentRatioApi.YEAR_REQUIRED) @FiscalYear String year) {
        return regions.forChild(code, Integer.parseInt(year));
    }
}

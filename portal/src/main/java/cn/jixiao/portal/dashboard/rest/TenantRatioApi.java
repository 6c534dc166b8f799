package cn.jixiao.portal.dashboard.rest;

import cn.jixiao.portal.dashboard.RatioService;
import cn.jixiao.portal.dashboard.TenantRatios;
import cn.jixiao.portal.web.FiscalYear;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The whole region's ratios, for finance reviewers and region admins. */
@Path("/api/ratios")
@Produces(MediaType.APPLICATION_JSON)
public class TenantRatioApi {
    @Inject
    RatioService ratios;

    @GET
    @Operation(summary = "全地区年度比率，按部门分子、分母分别求和 (the region's ratios: sums of numerators over sums of denominators)")
    public TenantRatios get(
            @QueryParam("year") @NotNull(message = DepartmentRatioApi.YEAR_REQUIRED) @FiscalYear String year) {
        return ratios.forTenant(Integer.parseInt(year));
    }
}

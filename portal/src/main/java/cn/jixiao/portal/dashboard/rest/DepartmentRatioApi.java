package cn.jixiao.portal.dashboard.rest;

import cn.jixiao.portal.dashboard.DepartmentRatios;
import cn.jixiao.portal.dashboard.RatioService;
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

/**
 * A department's ratios, computed from its books. (Its own root path: JAX-RS picks one resource
 * class per request, so a shared "/api" class would lose to "/api/departments".)
 */
@Path("/api/departments/{id}/ratios")
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentRatioApi {
    static final String YEAR_REQUIRED = "请提供年度 year (year is required)";

    @Inject
    RatioService ratios;

    @GET
    @Operation(
            summary = "部门年度比率：百分数保留两位小数（四舍五入），不适用为 null (a department's ratios in percent; null when not applicable)")
    public DepartmentRatios get(
            @PathParam("id") long id, @QueryParam("year") @NotNull(message = YEAR_REQUIRED) @FiscalYear String year) {
        return ratios.forDepartment(id, Integer.parseInt(year));
    }
}

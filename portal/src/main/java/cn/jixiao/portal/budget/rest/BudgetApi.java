package cn.jixiao.portal.budget.rest;

import cn.jixiao.portal.budget.AdjustmentInput;
import cn.jixiao.portal.budget.AdjustmentView;
import cn.jixiao.portal.budget.BudgetInput;
import cn.jixiao.portal.budget.BudgetService;
import cn.jixiao.portal.budget.BudgetView;
import cn.jixiao.portal.web.FiscalYear;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.ResponseStatus;

/** A department's budget for a year and its adjustments, in 万元. */
@Path("/api/departments/{id}/budget")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BudgetApi {
    static final String YEAR_REQUIRED = "请提供年度 year (year is required)";
    static final String BODY_REQUIRED = "请求内容不能为空 (a request body is required)";

    @Inject
    BudgetService budgets;

    @GET
    @Operation(summary = "部门年度预算 (a department's budget for a year)")
    public BudgetView get(
            @PathParam("id") long id, @QueryParam("year") @NotNull(message = YEAR_REQUIRED) @FiscalYear String year) {
        return budgets.get(id, Integer.parseInt(year));
    }

    @PUT
    @Operation(summary = "填报或修改部门年度预算，须带读取时的 version (create or change the budget; send the version you read)")
    public BudgetView put(
            @PathParam("id") long id,
            @QueryParam("year") @NotNull(message = YEAR_REQUIRED) @FiscalYear String year,
            @NotNull(message = BODY_REQUIRED) @Valid BudgetInput input) {
        return budgets.save(id, Integer.parseInt(year), input);
    }

    @GET
    @Path("adjustments")
    @Operation(summary = "预算调整记录 (the year's budget adjustments)")
    public List<AdjustmentView> adjustments(
            @PathParam("id") long id, @QueryParam("year") @NotNull(message = YEAR_REQUIRED) @FiscalYear String year) {
        return budgets.adjustments(id, Integer.parseInt(year));
    }

    @POST
    @Path("adjustments")
    @ResponseStatus(201)
    @Operation(summary = "登记一笔预算调整，调减为负数 (record an adjustment; a cut is negative)")
    public AdjustmentView addAdjustment(
            @PathParam("id") long id,
            @QueryParam("year") @NotNull(message = YEAR_REQUIRED) @FiscalYear String year,
            @NotNull(message = BODY_REQUIRED) @Valid AdjustmentInput input) {
        return budgets.addAdjustment(id, Integer.parseInt(year), input);
    }

    @DELETE
    @Path("adjustments/{adjustmentId}")
    @Operation(summary = "删除一笔预算调整，须带读取时的 version (delete an adjustment; send the version you read)")
    public void deleteAdjustment(
            @PathParam("id") long id,
            @PathParam("adjustmentId") long adjustmentId,
            @QueryParam("year") @NotNull(message = YEAR_REQUIRED) @FiscalYear String year,
            @QueryParam("version")
                    @NotNull(message = "请提供 version (version is required)")
                    @Pattern(regexp = "[0-9]{1,9}", message = "version 应为数字 (version must be a number)")
                    String version) {
        budgets.deleteAdjustment(id, Integer.parseInt(year), adjustmentId, Integer.parseInt(version));
    }
}

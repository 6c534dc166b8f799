package cn.jixiao.portal.target;

import cn.jixiao.portal.target.dto.ReviewInput;
import cn.jixiao.portal.target.dto.ReviseInput;
import cn.jixiao.portal.target.dto.TargetInput;
import cn.jixiao.portal.target.dto.TargetSummary;
import cn.jixiao.portal.target.dto.TargetView;
import cn.jixiao.portal.web.ContentDisposition;
import cn.jixiao.portal.web.Paged;
import cn.jixiao.portal.web.Paging;
import cn.jixiao.portal.web.QueryParams;
import cn.jixiao.portal.web.Refusals;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/targets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TargetApi {
    @Inject
    TargetService targets;

    @GET
    @Operation(
            summary = "可查看的绩效目标表，默认每张表只列现行版本 (target tables you may read, paged, the current version of each"
                    + " unless includeSuperseded=true or a status is given; sort = year, status, department,"
                    + " version; '-' for descending)")
    public Paged<TargetSummary> list(
            @QueryParam("year") String year,
            @QueryParam("departmentId") String departmentId,
            @QueryParam("status") String status,
            @QueryParam("includeSuperseded") String includeSuperseded,
            @BeanParam @Valid Paging paging) {
        String sort = paging.sort("-year");
        if (paging.descending() && !sort.startsWith("-")) {
            sort = "-" + sort;
        }
        return targets.page(
                QueryParams.id("departmentId", departmentId),
                QueryParams.year("year", year),
                QueryParams.choice("status", "目标表状态", status, TargetStatus.class),
                QueryParams.flag("includeSuperseded", includeSuperseded),
                paging.page(),
                paging.size(50),
                sort);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "一张绩效目标表 (one target table: goals, funds in 万元, indicators, plan, events, versions)")
    public TargetView get(@PathParam("id") long id) {
        return targets.view(id);
    }

    @GET
    @Path("/{id: [0-9]+}.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "导出绩效目标申报表 (the target table as Excel, laid out as the 申报表)")
    public Response xlsx(@PathParam("id") long id) {
        TargetView view = targets.view(id);
        StreamingOutput body = out -> TargetSheet.write(view, out);
        String name = view.year() + "年度绩效目标申报表-" + view.subjectName() + "-第" + view.versionNo() + "版.xlsx";
        return Response.ok(body)
                .header("Content-Disposition", ContentDisposition.attachment("target-" + view.id() + ".xlsx", name))
                .build();
    }

    @POST
    @Operation(summary = "起草绩效目标表 (draft a target table; department editors, own department; one per subject and year)")
    public RestResponse<TargetView> create(@Valid @NotNull(message = Refusals.BODY_REQUIRED) TargetInput input) {
        return RestResponse.status(Response.Status.CREATED, targets.create(input));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "修改绩效目标表 (replace the whole table incl. indicators and steps; carries the version read)")
    public TargetView update(
            @PathParam("id") long id, @Valid @NotNull(message = Refusals.BODY_REQUIRED) TargetInput input) {
        return targets.update(id, input);
    }

    @POST
    @Path("/{id}/submit")
    @Operation(summary = "提交审核 (submit for review; nothing is editable afterwards)")
    public TargetView submit(
            @PathParam("id") long id, @Valid @NotNull(message = Refusals.BODY_REQUIRED) ReviewInput input) {
        return targets.submit(id, input);
    }

    @POST
    @Path("/{id}/approve")
    @Operation(summary = "审核通过 (approve; finance reviewers only; an earlier approved version becomes SUPERSEDED)")
    public TargetView approve(
            @PathParam("id") long id, @Valid @NotNull(message = Refusals.BODY_REQUIRED) ReviewInput input) {
        return targets.approve(id, input);
    }

    @POST
    @Path("/{id}/return")
    @Operation(summary = "退回修改 (return with a comment; finance reviewers only)")
    public TargetView giveBack(
            @PathParam("id") long id, @Valid @NotNull(message = Refusals.BODY_REQUIRED) ReviewInput input) {
        return targets.giveBack(id, input);
    }

    @POST
    @Path("/{id}/revise")
    @Operation(
            summary =
                    "修订已审核的目标表 (a new draft version with the reason; the approved one stays until the new one is approved)")
    public RestResponse<TargetView> revise(
            @PathParam("id") long id, @Valid @NotNull(message = Refusals.BODY_REQUIRED) ReviseInput input) {
        return RestResponse.status(Response.Status.CREATED, targets.revise(id, input));
    }
}

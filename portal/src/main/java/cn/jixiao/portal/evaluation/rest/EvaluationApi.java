package cn.jixiao.portal.evaluation.rest;

import cn.jixiao.platform.publication.EvaluationKind;
import cn.jixiao.portal.evaluation.EvaluationStatus;
import cn.jixiao.portal.evaluation.service.EvaluationEditing;
import cn.jixiao.portal.evaluation.service.EvaluationInput;
import cn.jixiao.portal.evaluation.service.EvaluationService;
import cn.jixiao.portal.evaluation.service.EvaluationSummary;
import cn.jixiao.portal.evaluation.service.EvaluationView;
import cn.jixiao.portal.evaluation.service.IndicatorInput;
import cn.jixiao.portal.evaluation.service.ItemInput;
import cn.jixiao.portal.evaluation.service.StartInput;
import cn.jixiao.portal.web.Paged;
import cn.jixiao.portal.web.Paging;
import cn.jixiao.portal.web.QueryParams;
import cn.jixiao.portal.web.Refusals;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluationApi {
    @Inject
    EvaluationService evaluations;

    @Inject
    EvaluationEditing editing;

    @GET
    @Operation(
            summary =
                    "可查看的绩效评价 (evaluations you may read; filters year, departmentId, status, kind; sort year|score|status)")
    public Paged<EvaluationSummary> list(
            @QueryParam("year") String year,
            @QueryParam("departmentId") String departmentId,
            @QueryParam("status") String status,
            @QueryParam("kind") String kind,
            @BeanParam @Valid Paging paging) {
        String sort = paging.sort("year");
        if (!sort.equals("year") && !sort.equals("score") && !sort.equals("status")) {
            throw Refusals.invalid("sort", "sort 只能是 year、score 或 status (sort must be year, score or status)");
        }
        return evaluations.page(
                QueryParams.year("year", year),
                QueryParams.id("departmentId", departmentId),
                QueryParams.choice("status", "评价状态", status, EvaluationStatus.class),
                QueryParams.choice("kind", "评价类型", kind, EvaluationKind.class),
                sort,
                paging.descending(),
                paging.page(),
                paging.size(50));
    }

    @POST
    @Operation(
            summary =
                    "发起绩效评价 (start an evaluation: the template is copied, approved targets and last year's open rectification items come in)")
    public RestResponse<EvaluationView> start(@Valid @NotNull(message = Refusals.BODY_REQUIRED) StartInput input) {
        return RestResponse.status(Response.Status.CREATED, evaluations.start(input));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "一项绩效评价 (levels, indicators, items, evaluators, opinions, events, findings)")
    public EvaluationView get(@PathParam("id") long id) {
        return evaluations.view(id);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "修改总体目标与完成情况、评价机构、报告日期 (carries the version read)")
    public EvaluationView update(
            @PathParam("id") long id, @Valid @NotNull(message = Refusals.BODY_REQUIRED) EvaluationInput input) {
        return evaluations.update(id, input);
    }

    @PUT
    @Path("/{id}/indicators/{indicatorId}")
    @Operation(
            summary = "填写三级指标 (actual value, ticks, hand score with reason, deviation reason; rescored and rechecked)")
    public EvaluationView fill(
            @PathParam("id") long id,
            @PathParam("indicatorId") long indicatorId,
            @Valid @NotNull(message = Refusals.BODY_REQUIRED) IndicatorInput input) {
        return editing.fillIndicator(id, indicatorId, input);
    }

    @POST
    @Path("/{id}/items")
    @Operation(summary = "添加存在问题、建议或整改事项 (add a problem, suggestion or rectification item)")
    public RestResponse<EvaluationView> addItem(
            @PathParam("id") long id, @Valid @NotNull(message = Refusals.BODY_REQUIRED) ItemInput input) {
        return RestResponse.status(Response.Status.CREATED, editing.addItem(id, input));
    }

    @PUT
    @Path("/{id}/items/{itemId}")
    @Operation(summary = "修改事项 (carries the version read)")
    public EvaluationView updateItem(
            @PathParam("id") long id,
            @PathParam("itemId") long itemId,
            @Valid @NotNull(message = Refusals.BODY_REQUIRED) ItemInput input) {
        return editing.updateItem(id, itemId, input);
    }

    @DELETE
    @Path("/{id}/items/{itemId}")
    @Operation(summary = "删除事项 (?version= the version read)")
    public EvaluationView deleteItem(
            @PathParam("id") long id, @PathParam("itemId") long itemId, @QueryParam("version") String version) {
        Long v = QueryParams.id("version", version);
        return editing.deleteItem(id, itemId, v == null ? null : v.intValue());
    }
}

package cn.jixiao.portal.report.rest;

import cn.jixiao.platform.publication.ReportStatus;
import cn.jixiao.portal.report.Placeholder;
import cn.jixiao.portal.report.service.ReportCallers;
import cn.jixiao.portal.report.service.ReportInputs;
import cn.jixiao.portal.report.service.ReportLinks;
import cn.jixiao.portal.report.service.ReportPublisher;
import cn.jixiao.portal.report.service.ReportService;
import cn.jixiao.portal.report.service.ReportSummary;
import cn.jixiao.portal.report.service.ReportView;
import cn.jixiao.portal.web.Paged;
import cn.jixiao.portal.web.Paging;
import cn.jixiao.portal.web.QueryParams;
import cn.jixiao.portal.web.Refusals;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/** The report API for scripts and the portal's forms: drafts, narratives, preview, publication. */
@Path("/api/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportApi {
    @Inject
    ReportService reports;

    @Inject
    ReportPublisher publisher;

    @Inject
    ReportCallers callers;

    @Inject
    ReportLinks links;

    @GET
    @Operation(summary = "可查看的报告 (reports you may read; filters year, status; newest year first)")
    public Paged<ReportSummary> list(
            @QueryParam("year") String year, @QueryParam("status") String status, @BeanParam @Valid Paging paging) {
        return reports.list(
                callers.current(),
                QueryParams.year("year", year),
                QueryParams.choice("status", "报告状态", status, ReportStatus.class),
                paging.page(),
                paging.size(20));
    }

    @POST
    @Operation(summary = "由审核通过的绩效评价生成报告草稿 (make a draft report from an approved evaluation)")
    public RestResponse<ReportView> create(ReportInputs.Create input) {
        if (input == null) {
            throw Refusals.invalid("evaluationId", Refusals.BODY_REQUIRED);
        }
        return RestResponse.status(Response.Status.CREATED, reports.create(callers.current(), input.evaluationId()));
    }

    @GET
    @Path("/placeholders")
    @Operation(summary = "正文可引用的数据 (the placeholders a narrative may cite)")
    public List<PlaceholderView> placeholders() {
        return Arrays.stream(Placeholder.values())
                .map(p -> new PlaceholderView(p.token(), p.label, p.hint))
                .toList();
    }

    /** A placeholder as the editor lists it. */
    public record PlaceholderView(String token, String label, String hint) {}

    @GET
    @Path("/{id}")
    @Operation(summary = "一份报告 (metadata, sections with narratives, attachments, correction history)")
    public ReportView get(@PathParam("id") long id) {
        return reports.get(callers.current(), id);
    }

    @GET
    @Path("/{id}/preview")
    @Operation(summary = "报告正文预览 (the body as it would be published now, or as published)")
    public ReportService.Preview preview(@PathParam("id") long id) {
        return reports.preview(callers.current(), id);
    }

    @GET
    @Path("/{id}/attachments/{position}/link")
    @Operation(summary = "附件下载链接 (a presigned download link of an attachment, valid for a few minutes)")
    public ReportLinks.AttachmentLink attachmentLink(@PathParam("id") long id, @PathParam("position") int position) {
        return links.link(callers.current(), id, position);
    }

    @PUT
    @Path("/{id}/sections/{code}")
    @Operation(summary = "修改一节的文字 (a section's narrative; placeholders like {预算执行率} in braces)")
    public ReportView narrative(
            @PathParam("id") long id, @PathParam("code") String code, ReportInputs.Narrative input) {
        if (input == null) {
            throw Refusals.invalid("narrative", Refusals.BODY_REQUIRED);
        }
        return reports.updateNarrative(callers.current(), id, code, input.narrative(), input.version());
    }

    @POST
    @Path("/{id}/regenerate")
    @Operation(summary = "按最新记录重新生成数据 (read the figures again; narratives are kept)")
    public ReportView regenerate(@PathParam("id") long id, ReportInputs.Withdraw version) {
        return reports.regenerate(callers.current(), id, version == null ? null : version.version());
    }

    @POST
    @Path("/{id}/publish")
    @Operation(summary = "发布报告 (publish: 索引号, metadata, attachments; one transaction)")
    public ReportView publish(@PathParam("id") long id, ReportInputs.Publish input) {
        return publisher.publish(callers.current(), id, input);
    }

    @POST
    @Path("/{id}/withdraw")
    @Operation(summary = "撤回报告 (withdraw a published report, with the reason)")
    public ReportView withdraw(@PathParam("id") long id, ReportInputs.Withdraw input) {
        if (input == null) {
            throw Refusals.invalid("reason", Refusals.BODY_REQUIRED);
        }
        return publisher.withdraw(callers.current(), id, input);
    }

    @POST
    @Path("/{id}/correct")
    @Operation(summary = "更正报告 (a new draft that replaces the published report when it is published)")
    public RestResponse<ReportView> correct(@PathParam("id") long id, ReportInputs.Correct input) {
        return RestResponse.status(Response.Status.CREATED, publisher.correct(callers.current(), id, input));
    }
}

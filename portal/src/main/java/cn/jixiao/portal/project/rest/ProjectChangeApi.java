package cn.jixiao.portal.project.rest;

import cn.jixiao.portal.project.dto.ChangeInput;
import cn.jixiao.portal.project.dto.ChangeView;
import cn.jixiao.portal.project.dto.DecisionInput;
import cn.jixiao.portal.project.service.ProjectChangeService;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/projects/{id}/changes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectChangeApi {
    @Inject
    ProjectChangeService changes;

    @GET
    @Operation(summary = "变更记录 (the project's change requests and decisions, newest first)")
    public List<ChangeView> history(@PathParam("id") long id) {
        return changes.history(id);
    }

    @POST
    @Operation(summary = "申请变更 (request a change of content or total; department editors)")
    public RestResponse<ChangeView> request(
            @PathParam("id") long id, @Valid @NotNull(message = ProjectApi.BODY_REQUIRED) ChangeInput input) {
        return RestResponse.status(Response.Status.CREATED, changes.request(id, input));
    }

    @POST
    @Path("/{changeId}/approve")
    @Operation(summary = "批准变更 (approve; finance reviewers; approvalBody e.g. 人大 or 财政局)")
    public ChangeView approve(
            @PathParam("id") long id,
            @PathParam("changeId") long changeId,
            @Valid @NotNull(message = ProjectApi.BODY_REQUIRED) DecisionInput decision) {
        return changes.approve(id, changeId, decision);
    }

    @POST
    @Path("/{changeId}/reject")
    @Operation(summary = "驳回变更 (reject; finance reviewers)")
    public ChangeView reject(
            @PathParam("id") long id,
            @PathParam("changeId") long changeId,
            @Valid @NotNull(message = ProjectApi.BODY_REQUIRED) DecisionInput decision) {
        return changes.reject(id, changeId, decision);
    }
}

package cn.jixiao.portal.project.rest;

import cn.jixiao.portal.project.dto.FirmAssignmentInput;
import cn.jixiao.portal.project.dto.FirmAssignmentView;
import cn.jixiao.portal.project.service.FirmAssignmentService;
import cn.jixiao.portal.web.Refusals;
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

@Path("/api/projects/{id}/firms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FirmAssignmentApi {
    @Inject
    FirmAssignmentService firms;

    @GET
    @Operation(summary = "已指派的评价机构 (evaluation firms assigned to the project)")
    public List<FirmAssignmentView> list(@PathParam("id") long id) {
        return firms.list(id);
    }

    @POST
    @Operation(summary = "指派评价机构 (assign an evaluation firm; its evaluators in this region then read the project)")
    public RestResponse<FirmAssignmentView> assign(
            @PathParam("id") long id, @Valid @NotNull(message = Refusals.BODY_REQUIRED) FirmAssignmentInput input) {
        return RestResponse.status(Response.Status.CREATED, firms.assign(id, input));
    }
}

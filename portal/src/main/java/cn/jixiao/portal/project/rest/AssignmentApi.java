package cn.jixiao.portal.project.rest;

import cn.jixiao.portal.project.dto.AssignmentInput;
import cn.jixiao.portal.project.dto.AssignmentView;
import cn.jixiao.portal.project.service.AssignmentService;
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

@Path("/api/projects/{id}/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssignmentApi {
    @Inject
    AssignmentService assignments;

    @GET
    @Operation(summary = "已指派的评价人 (evaluators assigned to the project)")
    public List<AssignmentView> list(@PathParam("id") long id) {
        return assignments.list(id);
    }

    @POST
    @Operation(summary = "指派评价人 (assign an evaluator by username; finance reviewers)")
    public RestResponse<AssignmentView> assign(
            @PathParam("id") long id, @Valid @NotNull(message = ProjectApi.BODY_REQUIRED) AssignmentInput input) {
        return RestResponse.status(Response.Status.CREATED, assignments.assign(id, input));
    }
}

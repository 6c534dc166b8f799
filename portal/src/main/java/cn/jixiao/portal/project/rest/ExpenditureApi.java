package cn.jixiao.portal.project.rest;

import cn.jixiao.portal.project.dto.ExpenditureInput;
import cn.jixiao.portal.project.dto.ExpenditureView;
import cn.jixiao.portal.project.service.ExpenditureService;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/projects/{id}/expenditures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExpenditureApi {
    @Inject
    ExpenditureService expenditures;

    @GET
    @Operation(summary = "支出明细 (a project's expenditure entries, oldest first)")
    public List<ExpenditureView> list(@PathParam("id") long id) {
        return expenditures.list(id);
    }

    @POST
    @Operation(summary = "登记支出 (add an expenditure entry; department editors)")
    public RestResponse<ExpenditureView> add(
            @PathParam("id") long id, @Valid @NotNull(message = ProjectApi.BODY_REQUIRED) ExpenditureInput input) {
        return RestResponse.status(Response.Status.CREATED, expenditures.add(id, input));
    }

    @DELETE
    @Path("/{expenditureId}")
    @Operation(summary = "删除支出 (remove an entry; ?version= refuses a stale delete with 409)")
    public RestResponse<Void> delete(
            @PathParam("id") long id,
            @PathParam("expenditureId") long expenditureId,
            @QueryParam("version") Integer version) {
        expenditures.delete(id, expenditureId, version);
        return RestResponse.noContent();
    }
}

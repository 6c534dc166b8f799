package cn.jixiao.portal.publication;

import cn.jixiao.portal.web.QueryParams;
import cn.jixiao.portal.web.Refusals;
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
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/publication/deadlines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeadlineApi {
    @Inject
    DeadlineService deadlines;

    @GET
    @Operation(summary = "公开时限 (the region's publication deadlines, of one year or all)")
    public List<DeadlineView> list(@QueryParam("year") String year) {
        return deadlines.list(QueryParams.year("year", year));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "一项公开时限 (one deadline)")
    public DeadlineView get(@PathParam("id") long id) {
        return deadlines.get(id);
    }

    @POST
    @Operation(summary = "设置公开时限 (finance reviewer; one per year and kind, 409 when it exists)")
    public Response create(@Valid @NotNull(message = Refusals.BODY_REQUIRED) DeadlineInput input) {
        return Response.status(201).entity(deadlines.create(input)).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "修改公开时限 (finance reviewer; 409 when stale)")
    public DeadlineView update(
            @PathParam("id") long id, @Valid @NotNull(message = Refusals.BODY_REQUIRED) DeadlineInput input) {
        return deadlines.update(id, input);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "删除公开时限，须带读取时的 version (finance reviewer; 409 when stale)")
    public Response delete(
            @PathParam("id") long id,
            @QueryParam("version")
                    @NotNull(message = "请提供 version (version is required)")
                    @Pattern(regexp = "[0-9]{1,9}", message = "version 应为数字 (version must be a number)")
                    String version) {
        deadlines.delete(id, Integer.parseInt(version));
        return Response.noContent().build();
    }
}

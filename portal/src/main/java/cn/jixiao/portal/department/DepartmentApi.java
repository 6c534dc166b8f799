package cn.jixiao.portal.department;

import cn.jixiao.portal.web.Paged;
import cn.jixiao.portal.web.Paging;
import cn.jixiao.portal.web.Refusals;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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

@Path("/api/departments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DepartmentApi {
    @Inject
    DepartmentDirectory departments;

    @Inject
    DepartmentKeeper keeper;

    @GET
    @Operation(
            summary = "本地区的部门 (the current region's departments, paged; q searches name, code, 预算编码; "
                    + "sort name (pinyin), code, kind, budgetCode)")
    public Paged<DepartmentView> list(@QueryParam("q") String q, @BeanParam @Valid Paging paging) {
        return departments.page(q, paging.page(), paging.size(50), paging.sort("name"));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "一个部门 (one department; another region's is 404 like a missing one)")
    public DepartmentView get(@PathParam("id") long id) {
        return departments.byId(id).orElseThrow(() -> new NotFoundException(DepartmentKeeper.NOT_FOUND));
    }

    @POST
    @Operation(summary = "新建部门 (create a department; the region's admin only)")
    public RestResponse<DepartmentView> create(
            @Valid @NotNull(message = Refusals.BODY_REQUIRED) DepartmentInput input) {
        return RestResponse.status(Response.Status.CREATED, keeper.create(input));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "修改部门 (replace a department; carries the version read, 409 when stale)")
    public DepartmentView update(
            @PathParam("id") long id, @Valid @NotNull(message = Refusals.BODY_REQUIRED) DepartmentInput input) {
        return keeper.update(id, input);
    }

    @POST
    @Path("/{id}/deactivate")
    @Operation(summary = "停用部门 (deactivate: its records stay, it takes no new ones)")
    public DepartmentView deactivate(
            @PathParam("id") long id, @Valid @NotNull(message = Refusals.BODY_REQUIRED) VersionInput input) {
        return keeper.deactivate(id, input.version());
    }

    @POST
    @Path("/{id}/activate")
    @Operation(summary = "重新启用部门 (activate again)")
    public DepartmentView activate(
            @PathParam("id") long id, @Valid @NotNull(message = Refusals.BODY_REQUIRED) VersionInput input) {
        return keeper.activate(id, input.version());
    }
}

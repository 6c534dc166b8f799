package cn.jixiao.portal.department;

import cn.jixiao.portal.web.Paged;
import cn.jixiao.portal.web.Paging;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/departments")
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentApi {
    @Inject
    DepartmentDirectory departments;

    @GET
    @Operation(summary = "本地区的部门 (the current region's departments, paged)")
    public Paged<DepartmentView> list(@BeanParam @Valid Paging paging) {
        return departments.page(paging.page(), paging.size(50), paging.sort("name"));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "一个部门 (one department; another region's is 404 like a missing one)")
    public DepartmentView get(@PathParam("id") long id) {
        return departments.byId(id).orElseThrow(() -> new NotFoundException("部门不存在 (department not found)"));
    }
}

package cn.jixiao.portal.department;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/departments")
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentApi {
    @Inject
    DepartmentDirectory departments;

    @GET
    @Operation(summary = "本地区的部门 (the current region's departments, paged)")
    public DepartmentPage list(
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "页码不能为负数 (page must be >= 0)") int page,
            @QueryParam("size")
                    @DefaultValue("50")
                    @Min(value = 1, message = "每页条数至少为 1 (size must be >= 1)")
                    @Max(value = DepartmentDirectory.MAX_PAGE_SIZE, message = "每页最多 200 条 (size must be <= 200)")
                    int size,
            @QueryParam("sort") @DefaultValue("name") String sort) {
        return departments.page(page, size, sort);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "一个部门 (one department; another region's is 404 like a missing one)")
    public DepartmentView get(@PathParam("id") long id) {
        return departments.byId(id).orElseThrow(() -> new NotFoundException("部门不存在 (department not found)"));
    }
}

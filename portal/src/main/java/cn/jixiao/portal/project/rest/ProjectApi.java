package cn.jixiao.portal.project.rest;

import cn.jixiao.portal.audit.AuditView;
import cn.jixiao.portal.project.dto.FundsView;
import cn.jixiao.portal.project.dto.ProjectInput;
import cn.jixiao.portal.project.dto.ProjectStanding;
import cn.jixiao.portal.project.dto.ProjectSummary;
import cn.jixiao.portal.project.dto.ProjectView;
import cn.jixiao.portal.project.service.ProjectService;
import cn.jixiao.portal.web.Paged;
import cn.jixiao.portal.web.Paging;
import cn.jixiao.portal.web.QueryParams;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectApi {
    static final String BODY_REQUIRED = "请求内容不能为空 (a JSON body is required)";

    @Inject
    ProjectService projects;

    @GET
    @Operation(summary = "可查看的项目 (the projects you may read, paged; sort = year, name or code)")
    public Paged<ProjectSummary> list(
            @QueryParam("departmentId") String departmentId,
            @QueryParam("year") String year,
            @BeanParam @Valid Paging paging) {
        return projects.page(
                QueryParams.id("departmentId", departmentId),
                QueryParams.year("year", year),
                paging.page(),
                paging.size(50),
                paging.sort("year"));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "一个项目及其各级资金 (one project with its funds lines)")
    public ProjectView get(@PathParam("id") long id) {
        return projects.view(id);
    }

    @POST
    @Operation(summary = "新建项目 (create a project; department editors, own department only)")
    public RestResponse<ProjectView> create(@Valid @NotNull(message = BODY_REQUIRED) ProjectInput input) {
        return RestResponse.status(Response.Status.CREATED, projects.create(input));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "修改项目 (replace a project; carries the version read, 409 when stale)")
    public ProjectView update(@PathParam("id") long id, @Valid @NotNull(message = BODY_REQUIRED) ProjectInput input) {
        return projects.update(id, input);
    }

    @GET
    @Path("/{id}/funds")
    @Operation(summary = "资金来源与执行 (funds per level and in total, 资金到位率, 预算执行率; null = 不适用)")
    public FundsView funds(@PathParam("id") long id) {
        return projects.funds(id);
    }

    @GET
    @Path("/{id}/standing")
    @Operation(summary = "变更与资金是否一致 (pending changes; planned total against the last approved total)")
    public ProjectStanding standing(@PathParam("id") long id) {
        return projects.standing(id);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "项目修改记录 (audit trail of the project record, newest first)")
    public List<AuditView> history(@PathParam("id") long id, @BeanParam @Valid Paging paging) {
        return projects.history(id, paging.page(), paging.size(50));
    }
}

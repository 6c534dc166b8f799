package cn.jixiao.portal.kiosk;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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

@Path("/api/kiosks/points")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PointApi {
    static final String BODY_REQUIRED = "请求内容不能为空 (a JSON body is required)";

    @Inject
    PointService points;

    @GET
    @Operation(summary = "服务点 (service points, paged; sort e.g. name,-openedOn; filter status)")
    public KioskPage<PointView> list(
            @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "页码不能为负数 (page must be >= 0)") int page,
            @QueryParam("size")
                    @DefaultValue("20")
                    @Min(value = 1, message = "每页条数至少为 1 (size must be >= 1)")
                    @Max(value = KioskPage.MAX_SIZE, message = "每页最多 200 条 (size must be <= 200)")
                    int size,
            @QueryParam("sort") String sort) {
        return points.page(status, page, size, sort);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "一个服务点及其设备数 (one point with its devices counted by status)")
    public PointView get(@PathParam("id") long id) {
        return points.view(id);
    }

    @POST
    @Operation(summary = "新建服务点 (create a planned point; department editors or the region's admin)")
    public RestResponse<PointView> create(@Valid @NotNull(message = BODY_REQUIRED) PointInput input) {
        return RestResponse.status(Response.Status.CREATED, points.create(input));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "修改服务点 (replace its description; carries the version read, 409 when stale)")
    public PointView update(@PathParam("id") long id, @Valid @NotNull(message = BODY_REQUIRED) PointInput input) {
        return points.update(id, input);
    }

    @POST
    @Path("/{id}/status")
    @Operation(summary = "服务点状态变更 (move the point on: under construction, in service, closed; 409 when refused)")
    public PointView move(@PathParam("id") long id, @Valid @NotNull(message = BODY_REQUIRED) PointStatusInput input) {
        return points.move(id, input);
    }
}

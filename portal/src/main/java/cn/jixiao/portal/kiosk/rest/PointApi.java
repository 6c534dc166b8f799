package cn.jixiao.portal.kiosk.rest;

import cn.jixiao.portal.kiosk.dto.PointInput;
import cn.jixiao.portal.kiosk.dto.PointStatusInput;
import cn.jixiao.portal.kiosk.dto.PointView;
import cn.jixiao.portal.kiosk.service.PointService;
import cn.jixiao.portal.web.Paged;
import cn.jixiao.portal.web.Paging;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/kiosks/points")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PointApi {
    public static final String BODY_REQUIRED = "请求内容不能为空 (a JSON body is required)";

    @Inject
    PointService points;

    @GET
    @Operation(summary = "服务点 (service points, paged; sort e.g. name,-openedOn; filter status)")
    public Paged<PointView> list(@QueryParam("status") String status, @BeanParam @Valid Paging paging) {
        return points.page(status, paging.page(), paging.size(20), paging.sort(null));
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

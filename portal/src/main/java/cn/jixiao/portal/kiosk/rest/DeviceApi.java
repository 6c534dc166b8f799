package cn.jixiao.portal.kiosk.rest;

import cn.jixiao.portal.kiosk.dto.DeviceEventView;
import cn.jixiao.portal.kiosk.dto.DeviceInput;
import cn.jixiao.portal.kiosk.dto.DeviceView;
import cn.jixiao.portal.kiosk.service.DeviceService;
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

@Path("/api/kiosks/devices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeviceApi {
    @Inject
    DeviceService devices;

    @GET
    @Operation(
            summary = "可查看的设备 (devices you may read, paged; filter pointId, typeId, status, departmentId, q; "
                    + "sort e.g. code,-orderedOn)")
    public Paged<DeviceView> list(
            @QueryParam("pointId") String pointId,
            @QueryParam("typeId") String typeId,
            @QueryParam("status") String status,
            @QueryParam("departmentId") String departmentId,
            @QueryParam("q") String q,
            @BeanParam @Valid Paging paging) {
        return devices.page(
                QueryParams.id("pointId", pointId),
                QueryParams.id("typeId", typeId),
                status,
                QueryParams.id("departmentId", departmentId),
                q,
                paging.page(),
                paging.size(20),
                paging.sort(null));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "一台设备 (one device with its lifecycle dates, next steps and acceptance deadline)")
    public DeviceView get(@PathParam("id") long id) {
        return devices.view(id);
    }

    @GET
    @Path("/{id}/events")
    @Operation(summary = "设备履历 (the device's dated, attributed history, oldest first)")
    public List<DeviceEventView> events(@PathParam("id") long id) {
        return devices.events(id);
    }

    @POST
    @Operation(summary = "登记设备 (register an ordered device; the buying department's editors)")
    public RestResponse<DeviceView> create(@Valid @NotNull(message = PointApi.BODY_REQUIRED) DeviceInput input) {
        return RestResponse.status(Response.Status.CREATED, devices.create(input));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "修改设备信息 (replace descriptive fields; carries the version read, 409 when stale)")
    public DeviceView update(
            @PathParam("id") long id, @Valid @NotNull(message = PointApi.BODY_REQUIRED) DeviceInput input) {
        return devices.update(id, input);
    }
}

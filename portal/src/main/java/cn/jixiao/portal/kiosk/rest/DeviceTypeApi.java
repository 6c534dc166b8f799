package cn.jixiao.portal.kiosk.rest;

import cn.jixiao.portal.kiosk.dto.DeviceTypeInput;
import cn.jixiao.portal.kiosk.dto.DeviceTypeView;
import cn.jixiao.portal.kiosk.service.DeviceTypeService;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/kiosks/device-types")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeviceTypeApi {
    @Inject
    DeviceTypeService types;

    @GET
    @Operation(summary = "设备类型目录 (the region's device types with their services and device counts)")
    public List<DeviceTypeView> list() {
        return types.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "一个设备类型 (one device type)")
    public DeviceTypeView get(@PathParam("id") long id) {
        return types.view(id);
    }

    @POST
    @Operation(summary = "新建设备类型 (create a type; department editors or the region's admin)")
    public RestResponse<DeviceTypeView> create(
            @Valid @NotNull(message = PointApi.BODY_REQUIRED) DeviceTypeInput input) {
        return RestResponse.status(Response.Status.CREATED, types.create(input));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "修改设备类型 (replace a type; carries the version read, 409 when stale)")
    public DeviceTypeView update(
            @PathParam("id") long id, @Valid @NotNull(message = PointApi.BODY_REQUIRED) DeviceTypeInput input) {
        return types.update(id, input);
    }
}

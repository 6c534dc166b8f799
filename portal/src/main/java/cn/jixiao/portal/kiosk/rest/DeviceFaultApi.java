package cn.jixiao.portal.kiosk.rest;

import cn.jixiao.portal.kiosk.dto.FaultInput;
import cn.jixiao.portal.kiosk.dto.FaultView;
import cn.jixiao.portal.kiosk.service.FaultService;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/** 故障报告 of one device. */
@Path("/api/kiosks/devices/{id}/faults")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeviceFaultApi {
    static final String BODY_REQUIRED = "请求内容不能为空 (a JSON body is required)";

    @Inject
    FaultService faults;

    @GET
    @Operation(summary = "设备的故障报告 (the device's fault reports, newest first)")
    public List<FaultView> list(@PathParam("id") long id) {
        return faults.forDevice(id);
    }

    @POST
    @Operation(summary = "报修 (open a fault: the device becomes FAULTY; the point's unit or the buyer)")
    public RestResponse<FaultView> open(
            @PathParam("id") long id, @Valid @NotNull(message = BODY_REQUIRED) FaultInput input) {
        return RestResponse.status(Response.Status.CREATED, faults.open(id, input));
    }
}

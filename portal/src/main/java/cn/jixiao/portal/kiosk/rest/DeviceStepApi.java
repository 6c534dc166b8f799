package cn.jixiao.portal.kiosk.rest;

import cn.jixiao.portal.kiosk.dto.DeviceAcceptanceInput;
import cn.jixiao.portal.kiosk.dto.DeviceView;
import cn.jixiao.portal.kiosk.dto.NetworkSignOffInput;
import cn.jixiao.portal.kiosk.dto.StepInput;
import cn.jixiao.portal.kiosk.service.DeviceSteps;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A device's lifecycle: steps, acceptance and the network sign-off. Refused moves are 409 and change nothing. */
@Path("/api/kiosks/devices/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeviceStepApi {
    @Inject
    DeviceSteps steps;

    @POST
    @Path("/steps")
    @Operation(summary = "登记设备状态 (delivered, installed, trial run, in service, retired; the buyer's editors)")
    public DeviceView step(
            @PathParam("id") long id, @Valid @NotNull(message = PointApi.BODY_REQUIRED) StepInput input) {
        return steps.step(id, input);
    }

    @POST
    @Path("/acceptance")
    @Operation(summary = "登记验收 (PASSED accepts the device, FAILED keeps it on trial run; the buyer's editors)")
    public DeviceView accept(
            @PathParam("id") long id, @Valid @NotNull(message = PointApi.BODY_REQUIRED) DeviceAcceptanceInput input) {
        return steps.accept(id, input);
    }

    @POST
    @Path("/network-sign-off")
    @Operation(summary = "联网验收 (the network hook-up sign-off; editors of the unit set in the kiosk settings)")
    public DeviceView signOff(
            @PathParam("id") long id, @Valid @NotNull(message = PointApi.BODY_REQUIRED) NetworkSignOffInput input) {
        return steps.signOffNetwork(id, input);
    }
}

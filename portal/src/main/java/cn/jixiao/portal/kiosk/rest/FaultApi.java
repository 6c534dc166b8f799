package cn.jixiao.portal.kiosk.rest;

import cn.jixiao.portal.kiosk.dto.FaultClosing;
import cn.jixiao.portal.kiosk.dto.FaultView;
import cn.jixiao.portal.kiosk.service.FaultService;
import cn.jixiao.portal.web.Paged;
import cn.jixiao.portal.web.Paging;
import cn.jixiao.portal.web.QueryParams;
import cn.jixiao.portal.web.Refusals;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Fault reports across the devices the user may read, and closing one. */
@Path("/api/kiosks/faults")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FaultApi {
    @Inject
    FaultService faults;

    @GET
    @Operation(summary = "故障报告 (fault reports of the devices you may read; open=true|false, pointId narrow it)")
    public Paged<FaultView> list(
            @QueryParam("open") String open, @QueryParam("pointId") String pointId, @BeanParam @Valid Paging paging) {
        return faults.page(openParam(open), QueryParams.id("pointId", pointId), paging.page(), paging.size(20));
    }

    @POST
    @Path("/{faultId}/close")
    @Operation(
            summary =
                    "修复 (close a fault; the device returns to service when none is left open; carries the version read)")
    public FaultView close(
            @PathParam("faultId") long faultId,
            @Valid @NotNull(message = DeviceFaultApi.BODY_REQUIRED) FaultClosing input) {
        return faults.close(faultId, input);
    }

    private static Boolean openParam(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw Refusals.invalid("open", "open 只能是 true 或 false (open must be true or false)");
        };
    }
}

package cn.jixiao.portal.kiosk;

import cn.jixiao.portal.web.Refusals;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
    public KioskPage<FaultView> list(
            @QueryParam("open") String open,
            @QueryParam("pointId") String pointId,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "页码不能为负数 (page must be >= 0)") int page,
            @QueryParam("size")
                    @DefaultValue("20")
                    @Min(value = 1, message = "每页条数至少为 1 (size must be >= 1)")
                    @Max(value = KioskPage.MAX_SIZE, message = "每页最多 200 条 (size must be <= 200)")
                    int size) {
        return faults.page(openParam(open), pointParam(pointId), page, size);
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

    private static Long pointParam(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw Refusals.invalid("pointId", "服务点ID应为数字 (pointId must be a number)");
        }
    }
}

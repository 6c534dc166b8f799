package cn.jixiao.portal.contract;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/settings/procurement-threshold")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ThresholdApi {
    @Inject
    ThresholdService thresholds;

    @GET
    @Operation(summary = "本地区采购限额标准 (the region's procurement threshold, 万元)")
    public ThresholdView get() {
        return thresholds.current();
    }

    @PUT
    @Operation(summary = "设置采购限额标准 (set it; region admin or finance reviewer; 409 when stale)")
    public ThresholdView update(@Valid @NotNull(message = "请求内容不能为空 (a JSON body is required)") ThresholdInput input) {
        return thresholds.update(input);
    }
}

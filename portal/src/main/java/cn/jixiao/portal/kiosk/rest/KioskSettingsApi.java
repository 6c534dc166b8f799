package cn.jixiao.portal.kiosk.rest;

import cn.jixiao.portal.kiosk.dto.KioskSettingsInput;
import cn.jixiao.portal.kiosk.dto.KioskSettingsView;
import cn.jixiao.portal.kiosk.service.KioskSettingsService;
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

@Path("/api/settings/kiosk")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KioskSettingsApi {
    @Inject
    KioskSettingsService settings;

    @GET
    @Operation(summary = "自助终端设置 (the unit that signs off network hook-ups)")
    public KioskSettingsView get() {
        return settings.current();
    }

    @PUT
    @Operation(summary = "修改自助终端设置 (region admin or finance reviewer; carries the version read, 409 when stale)")
    public KioskSettingsView update(@Valid @NotNull(message = PointApi.BODY_REQUIRED) KioskSettingsInput input) {
        return settings.update(input);
    }
}

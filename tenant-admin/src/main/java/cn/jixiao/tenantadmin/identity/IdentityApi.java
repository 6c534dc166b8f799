package cn.jixiao.tenantadmin.identity;

import cn.jixiao.tenantadmin.web.Roles;
import cn.jixiao.tenantadmin.web.SignedInOperator;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A region's public-site identity: 主办单位, 网站标识码, ICP备案号, 公安备案号 and contact. */
@Path("/api/tenants/{code}/identity")
@RolesAllowed(Roles.PLATFORM_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class IdentityApi {
    @Inject
    IdentityService identities;

    @Inject
    SignedInOperator operator;

    @GET
    @Operation(summary = "地区网站信息 (the region's public-site identity; version 0 = never saved)")
    public IdentityView get(@PathParam("code") String code) {
        return identities.read(code);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "保存地区网站信息 (save it; send the version read, a stale one is 409)")
    public IdentityView put(
            @PathParam("code") String code,
            @NotNull(message = "请提供网站信息 (request body is required)") @Valid IdentityInput input) {
        return identities.save(code, input, operator.username());
    }
}

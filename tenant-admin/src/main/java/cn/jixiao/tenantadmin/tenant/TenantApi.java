package cn.jixiao.tenantadmin.tenant;

import cn.jixiao.tenantadmin.onboarding.OnboardingRequest;
import cn.jixiao.tenantadmin.onboarding.OnboardingResult;
import cn.jixiao.tenantadmin.onboarding.OnboardingService;
import cn.jixiao.tenantadmin.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** Tenants as JSON: list, read one, onboard (201 when this call finished it, 200 when it was done). */
@Path("/api/tenants")
@RolesAllowed(Roles.PLATFORM_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class TenantApi {
    @Inject
    TenantCatalog catalog;

    @Inject
    OnboardingService onboarding;

    @GET
    public List<TenantSummary> list(@QueryParam("sort") String sort, @QueryParam("status") String status) {
        return catalog.list(TenantSort.parse(sort), TenantStatus.parameter(status));
    }

    @GET
    @Path("{code}")
    public TenantSummary get(@PathParam("code") String code) {
        return catalog.byCode(code).orElseThrow(() -> new NotFoundException("该地区尚未开通 (no such tenant)"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response onboard(@NotNull(message = "请提供开通信息 (request body is required)") @Valid OnboardingRequest request) {
        OnboardingResult result = onboarding.onboard(request);
        if (!result.created()) {
            return Response.ok(result).build();
        }
        return Response.created(URI.create("/api/tenants/" + result.tenant().code()))
                .entity(result)
                .build();
    }
}

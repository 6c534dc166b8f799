package cn.jixiao.portal.me;

import cn.jixiao.portal.security.CurrentUser;
import cn.jixiao.portal.security.SignedInUser;
import cn.jixiao.portal.security.WorkChoice;
import cn.jixiao.portal.tenancy.Region;
import cn.jixiao.portal.web.Refusals;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeApi {
    @Inject
    SignedInUser user;

    @Inject
    MeService me;

    /** Cookies are Secure when people reach the portal over HTTPS (the same switch as the session cookie). */
    @ConfigProperty(name = "jixiao.https", defaultValue = "false")
    boolean https;

    @GET
    @Operation(summary = "当前用户、角色、所属地区和可切换的地区 (the signed-in user, roles, region and the regions to switch to)")
    public MeView get() {
        return me.describe(user.get());
    }

    /**
     * The region switcher: checks the region against the token's organizations (and the department
     * against the token's departments) and remembers the choice in cookies; scripts may instead send
     * the header {@code X-Jixiao-Region} with each request.
     */
    @POST
    @Path("/region")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "切换工作地区 (choose the region, and department, to work in; 403 for a region not yours)")
    public Response choose(@Valid @NotNull(message = Refusals.BODY_REQUIRED) WorkRegionInput input) {
        CurrentUser current = user.get();
        Region region = current.regions().stream()
                .filter(r -> r.code().equals(input.region().strip())
                        || r.slug().equals(input.region().strip()))
                .findFirst()
                .orElseThrow(() -> new ForbiddenException(
                        "所选地区不属于您的账号 (the region asked for is not one of this account's regions)"));
        String department = input.department() == null || input.department().isBlank()
                ? null
                : input.department().strip();
        if (department != null && !current.departmentCodes().contains(department)) {
            throw Refusals.invalid("department", "您不是该部门的填报人 (you are not an editor of that department)");
        }
        var view = MeView.Choice.of(region, department);
        var response = Response.ok(view).cookie(cookie(WorkChoice.REGION_COOKIE, region.code()));
        if (department != null) {
            response.cookie(cookie(WorkChoice.DEPARTMENT_COOKIE, department));
        }
        return response.build();
    }

    private NewCookie cookie(String name, String value) {
        return new NewCookie.Builder(name)
                .value(value)
                .path("/")
                .httpOnly(true)
                .secure(https)
                .sameSite(NewCookie.SameSite.LAX)
                .maxAge(60 * 60 * 24 * 30)
                .build();
    }
}

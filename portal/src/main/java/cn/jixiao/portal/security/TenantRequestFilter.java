package cn.jixiao.portal.security;

import cn.jixiao.platform.tenancy.CurrentTenant;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Puts every signed-in request inside the user's tenant before any resource runs. A user without a
 * region (no organization, or an unknown or suspended one) is refused on tenant routes: the request
 * fails closed. A person of several regions who has not chosen one is sent to choose (pages) or told to
 * (API).
 */
public class TenantRequestFilter {
    static final String CHOOSE_PAGE = "/regions";

    @Inject
    SecurityIdentity identity;

    @Inject
    SignedInUser user;

    @Inject
    CurrentTenant tenant;

    @ServerRequestFilter
    public Response enterTenant(ContainerRequestContext request) {
        if (identity.isAnonymous()) {
            return null;
        }
        CurrentUser current = user.get();
        if (current.region().isPresent()) {
            tenant.set(current.region().get().code());
            return null;
        }
        String path = request.getUriInfo().getPath();
        if (!requiresTenant(path)) {
            return null;
        }
        if (current.mustChooseRegion()) {
            if (!path.startsWith("/api/") && wantsHtml(request)) {
                return Response.seeOther(URI.create(CHOOSE_PAGE)).build();
            }
            throw new ForbiddenException("您属于多个地区，请先选择要进入的地区 (this account belongs to several regions: choose one "
                    + "with the header " + WorkChoice.REGION_HEADER + " or POST /api/me/region)");
        }
        throw new ForbiddenException("该账号未关联任何地区，无法访问地区数据 (this account belongs to no region)");
    }

    private static boolean wantsHtml(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        return accept == null || accept.contains(MediaType.TEXT_HTML);
    }

    private static boolean requiresTenant(String path) {
        return !(path.equals("/")
                || path.equals("/api/me")
                || path.equals("/api/me/region")
                || path.equals(CHOOSE_PAGE)
                || path.startsWith("/q/")
                || path.equals("/logout")
                || path.startsWith("/signed-out"));
    }
}

package cn.jixiao.portal.security;

import cn.jixiao.platform.tenancy.CurrentTenant;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Puts every signed-in request inside the user's tenant before any resource runs. A user without a
 * region (no organization, or an unknown one) is refused on tenant routes: the request fails closed.
 */
public class TenantRequestFilter {
    @Inject
    SecurityIdentity identity;

    @Inject
    SignedInUser user;

    @Inject
    CurrentTenant tenant;

    @ServerRequestFilter
    public void enterTenant(ContainerRequestContext request) {
        if (identity.isAnonymous()) {
            return;
        }
        user.get().region().ifPresentOrElse(region -> tenant.set(region.code()), () -> {
            if (requiresTenant(request.getUriInfo().getPath())) {
                throw new ForbiddenException("该账号未关联任何地区，无法访问地区数据 (this account belongs to no region)");
            }
        });
    }

    private static boolean requiresTenant(String path) {
        return !(path.equals("/")
                || path.equals("/api/me")
                || path.startsWith("/q/")
                || path.equals("/logout")
                || path.startsWith("/signed-out"));
    }
}

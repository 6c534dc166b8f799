package cn.jixiao.tenantadmin.web;

import cn.jixiao.signin.logout.LogoutResource;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Where Keycloak sends an operator after logging out. */
@Path("/signed-out")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class SignedOutPages {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signedOut(String notice);
    }

    @GET
    public TemplateInstance signedOut(@QueryParam(LogoutResource.KEYCLOAK_AWAY) String signInServer) {
        return Templates.signedOut("away".equals(signInServer) ? LogoutResource.SIGNED_OUT_HERE_ONLY : null);
    }
}

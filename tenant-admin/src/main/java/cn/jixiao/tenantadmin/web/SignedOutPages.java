package cn.jixiao.tenantadmin.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Where Keycloak sends an operator after logging out. */
@Path("/signed-out")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class SignedOutPages {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signedOut();
    }

    @GET
    public TemplateInstance signedOut() {
        return Templates.signedOut();
    }
}

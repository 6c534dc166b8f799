package cn.jixiao.portal.home;

import cn.jixiao.portal.me.MeService;
import cn.jixiao.portal.me.MeView;
import cn.jixiao.portal.security.SignedInUser;
import cn.jixiao.signin.logout.LogoutResource;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePages {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(MeView me);

        static native TemplateInstance signedOut(String notice);
    }

    @Inject
    SignedInUser user;

    @Inject
    MeService me;

    @GET
    public TemplateInstance home() {
        return Templates.home(me.describe(user.get()));
    }

    @GET
    @Path("signed-out")
    public TemplateInstance signedOut(@QueryParam(LogoutResource.KEYCLOAK_AWAY) String signInServer) {
        return Templates.signedOut("away".equals(signInServer) ? LogoutResource.SIGNED_OUT_HERE_ONLY : null);
    }
}

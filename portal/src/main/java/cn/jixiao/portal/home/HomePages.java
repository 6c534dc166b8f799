package cn.jixiao.portal.home;

import cn.jixiao.portal.me.MeService;
import cn.jixiao.portal.me.MeView;
import cn.jixiao.portal.security.SignedInUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePages {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(MeView me);

        static native TemplateInstance signedOut();
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
    public TemplateInstance signedOut() {
        return Templates.signedOut();
    }
}

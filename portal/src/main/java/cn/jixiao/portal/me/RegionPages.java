package cn.jixiao.portal.me;

import cn.jixiao.portal.security.SignedInUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Where a person of several regions chooses the one to work in (the header's switcher changes it later). */
@Path("/regions")
@Produces(MediaType.TEXT_HTML)
public class RegionPages {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance choose(MeView me);
    }

    @Inject
    SignedInUser user;

    @Inject
    MeService me;

    @GET
    public TemplateInstance choose() {
        return Templates.choose(me.describe(user.get()));
    }
}

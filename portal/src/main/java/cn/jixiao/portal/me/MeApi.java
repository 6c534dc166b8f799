package cn.jixiao.portal.me;

import cn.jixiao.portal.security.SignedInUser;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeApi {
    @Inject
    SignedInUser user;

    @Inject
    MeService me;

    @GET
    @Operation(summary = "当前用户、角色与所属地区 (the signed-in user, roles and region)")
    public MeView get() {
        return me.describe(user.get());
    }
}

package cn.jixiao.portal.kiosk.web;

import cn.jixiao.portal.kiosk.KioskAccess;
import cn.jixiao.portal.kiosk.dto.DeviceTypeView;
import cn.jixiao.portal.kiosk.service.DeviceTypeService;
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
import java.util.List;

/** The region's device-type catalogue: each type's services and devices, and for the inventory's editors the forms. */
@Path("/kiosks/types")
@Produces(MediaType.TEXT_HTML)
public class DeviceTypePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(MeView me, List<DeviceTypeView> types, boolean canEdit);
    }

    @Inject
    DeviceTypeService types;

    @Inject
    KioskAccess access;

    @Inject
    SignedInUser user;

    @Inject
    MeService me;

    @GET
    public TemplateInstance list() {
        return Templates.list(me.describe(user.get()), types.list(), access.canEditInventory());
    }
}

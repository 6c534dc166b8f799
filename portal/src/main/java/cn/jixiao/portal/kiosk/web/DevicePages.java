package cn.jixiao.portal.kiosk.web;

import cn.jixiao.portal.kiosk.DeviceStatus;
import cn.jixiao.portal.me.MeService;
import cn.jixiao.portal.me.MeView;
import cn.jixiao.portal.region.Today;
import cn.jixiao.portal.security.SignedInUser;
import cn.jixiao.portal.web.Paging;
import cn.jixiao.portal.web.QueryParams;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The devices: the filtered list of those the user may read (with the 登记设备 form), and one device
 * in full with the forms the user may use. The forms post to the JSON API (static/json-forms.js).
 */
@Path("/kiosks/devices")
@Produces(MediaType.TEXT_HTML)
public class DevicePages {
    static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(MeView me, DeviceList devices, DeviceRegistration registration);

        static native TemplateInstance detail(MeView me, DeviceDetail view, DeviceActions actions);
    }

    @Inject
    DeviceDirectory devices;

    @Inject
    DeviceForms forms;

    @Inject
    Today today;

    @Inject
    SignedInUser user;

    @Inject
    MeService me;

    @GET
    public TemplateInstance list(
            @QueryParam("pointId") String pointId,
            @QueryParam("typeId") String typeId,
            @QueryParam("status") String status,
            @QueryParam("departmentId") String departmentId,
            @BeanParam @Valid Paging paging) {
        var filter = new DeviceList.Filter(
                KioskParams.pointFilter(pointId),
                QueryParams.id("typeId", typeId),
                QueryParams.choice("status", "设备状态", status, DeviceStatus.class),
                QueryParams.id("departmentId", departmentId));
        return Templates.list(
                me.describe(user.get()),
                devices.page(filter, paging.sort("code"), paging.descending(), paging.page(), PAGE_SIZE),
                forms.registration());
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") long id) {
        var view = devices.detail(id, today.get()); // 404 or 403 before anything else
        return Templates.detail(me.describe(user.get()), view, forms.actions(id));
    }
}

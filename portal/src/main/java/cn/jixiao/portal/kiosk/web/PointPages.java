package cn.jixiao.portal.kiosk.web;

import cn.jixiao.portal.kiosk.PointStatus;
import cn.jixiao.portal.kiosk.summary.KioskSummary;
import cn.jixiao.portal.kiosk.summary.KioskSummaryService;
import cn.jixiao.portal.me.MeService;
import cn.jixiao.portal.me.MeView;
import cn.jixiao.portal.region.FiscalYears;
import cn.jixiao.portal.region.FiscalYears.YearChoice;
import cn.jixiao.portal.region.Today;
import cn.jixiao.portal.security.SignedInUser;
import cn.jixiao.portal.web.FiscalYear;
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
import java.util.List;

/**
 * The service points: the list (with the 新建服务点 form) and one point with its devices, figures
 * and, for the inventory's editors, the forms to edit it and move its status.
 */
@Path("/kiosks/points")
@Produces(MediaType.TEXT_HTML)
public class PointPages {
    static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(MeView me, PointList points, PointActions actions);

        static native TemplateInstance detail(
                MeView me,
                PointDirectory.PointView view,
                KioskSummary figures,
                List<DeviceList.Row> devices,
                List<YearChoice> years,
                PointActions actions);
    }

    @Inject
    PointDirectory points;

    @Inject
    DeviceDirectory devices;

    @Inject
    KioskSummaryService summaries;

    @Inject
    PointForms forms;

    @Inject
    Today clock;

    @Inject
    SignedInUser user;

    @Inject
    MeService me;

    @Inject
    FiscalYears fiscalYears;

    @GET
    public TemplateInstance list(@QueryParam("status") String status, @BeanParam @Valid Paging paging) {
        var list = points.page(
                QueryParams.choice("status", "服务点状态", status, PointStatus.class),
                paging.sort("code"),
                paging.descending(),
                paging.page(),
                PAGE_SIZE);
        return Templates.list(me.describe(user.get()), list, forms.creation());
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") long id, @QueryParam("year") @FiscalYear String year) {
        var view = points.view(id);
        var today = clock.get();
        int y = year == null ? today.getYear() : Integer.parseInt(year);
        return Templates.detail(
                me.describe(user.get()),
                view,
                summaries.forPoint(y, today, id),
                devices.atPoint(id),
                fiscalYears.choices(y, summaries.years(today)),
                forms.actions(view.point()));
    }
}

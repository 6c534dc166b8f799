package cn.jixiao.portal.kiosk.web;

import cn.jixiao.portal.kiosk.summary.KioskDashboard;
import cn.jixiao.portal.kiosk.summary.KioskSummaryService;
import cn.jixiao.portal.me.MeService;
import cn.jixiao.portal.me.MeView;
import cn.jixiao.portal.region.FiscalYears;
import cn.jixiao.portal.region.Today;
import cn.jixiao.portal.security.SignedInUser;
import cn.jixiao.portal.web.FiscalYear;
import cn.jixiao.portal.web.SortColumn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The kiosk dashboard: the year's figures over the devices the user may read. */
@Path("/kiosks")
@Produces(MediaType.TEXT_HTML)
public class KioskDashboardPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(MeView me, KioskDashboard dashboard);
    }

    @Inject
    KioskSummaryService summaries;

    @Inject
    Today clock;

    @Inject
    SignedInUser user;

    @Inject
    MeService me;

    @Inject
    FiscalYears fiscalYears;

    @GET
    public TemplateInstance get(
            @QueryParam("year") @FiscalYear String year,
            @QueryParam("sort") @DefaultValue("name") String sort,
            @QueryParam("dir") @DefaultValue("asc") String dir) {
        var today = clock.get();
        int y = year == null ? today.getYear() : Integer.parseInt(year);
        var dashboard = KioskDashboard.of(
                summaries.summary(y, today),
                fiscalYears.choices(y, summaries.years(today)),
                sort,
                SortColumn.descending(dir));
        return Templates.dashboard(me.describe(user.get()), dashboard);
    }
}

package cn.jixiao.portal.dashboard.rest;

import cn.jixiao.portal.dashboard.RegionDashboard;
import cn.jixiao.portal.dashboard.RegionRatioService;
import cn.jixiao.portal.me.MeService;
import cn.jixiao.portal.me.MeView;
import cn.jixiao.portal.region.FiscalYears;
import cn.jixiao.portal.security.SignedInUser;
import cn.jixiao.portal.web.FiscalYear;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The dashboard of the regions below this one (a city's counties), read-only. */
@Path("/dashboard/regions")
@Produces(MediaType.TEXT_HTML)
public class RegionDashboardPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance regions(MeView me, RegionDashboard dashboard);
    }

    @Inject
    RegionRatioService regions;

    @Inject
    SignedInUser user;

    @Inject
    MeService me;

    @Inject
    FiscalYears fiscalYears;

    @GET
    public TemplateInstance get(@QueryParam("year") @FiscalYear String year) {
        int y = fiscalYears.orCurrent(year);
        var books = regions.regionBooks(y);
        var years = fiscalYears.choices(y, regions.yearsWithBudgets());
        return Templates.regions(me.describe(user.get()), RegionDashboard.of(books, years));
    }
}

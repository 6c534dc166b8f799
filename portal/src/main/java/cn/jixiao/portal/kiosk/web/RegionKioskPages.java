package cn.jixiao.portal.kiosk.web;

import cn.jixiao.portal.kiosk.summary.RegionKioskService;
import cn.jixiao.portal.kiosk.summary.RegionKiosks;
import cn.jixiao.portal.me.MeService;
import cn.jixiao.portal.me.MeView;
import cn.jixiao.portal.region.FiscalYears;
import cn.jixiao.portal.region.FiscalYears.YearChoice;
import cn.jixiao.portal.region.Today;
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
import java.util.List;

/** The kiosk summaries of the regions below this one (a city's counties), read-only. */
@Path("/kiosks/summary/regions")
@Produces(MediaType.TEXT_HTML)
public class RegionKioskPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance regions(MeView me, RegionKiosks kiosks, List<YearChoice> years);
    }

    @Inject
    RegionKioskService regions;

    @Inject
    Today clock;

    @Inject
    SignedInUser user;

    @Inject
    MeService me;

    @Inject
    FiscalYears fiscalYears;

    @GET
    public TemplateInstance get(@QueryParam("year") @FiscalYear String year) {
        var today = clock.get();
        int y = fiscalYears.orCurrent(year);
        var kiosks = regions.forRegions(y, today);
        return Templates.regions(me.describe(user.get()), kiosks, fiscalYears.choices(y, regions.years(today)));
    }
}

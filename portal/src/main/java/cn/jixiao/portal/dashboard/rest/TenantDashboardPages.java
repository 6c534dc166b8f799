package cn.jixiao.portal.dashboard.rest;

import cn.jixiao.portal.dashboard.RatioService;
import cn.jixiao.portal.dashboard.TenantDashboard;
import cn.jixiao.portal.me.MeService;
import cn.jixiao.portal.me.MeView;
import cn.jixiao.portal.region.FiscalYears;
import cn.jixiao.portal.security.SignedInUser;
import cn.jixiao.portal.web.FiscalYear;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The region's dashboard for finance reviewers and region admins. */
@Path("/dashboard")
@Produces(MediaType.TEXT_HTML)
public class TenantDashboardPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tenant(MeView me, TenantDashboard dashboard);
    }

    @Inject
    RatioService ratios;

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
        ratios.requireWholeRegion();
        int y = fiscalYears.orCurrent(year);
        var years = fiscalYears.choices(y, ratios.yearsWithBudgets());
        var dashboard = TenantDashboard.of(ratios.tenantBooks(y), years, sort, "desc".equalsIgnoreCase(dir));
        return Templates.tenant(me.describe(user.get()), dashboard);
    }
}

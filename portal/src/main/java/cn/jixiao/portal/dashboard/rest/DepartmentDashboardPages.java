package cn.jixiao.portal.dashboard.rest;

import cn.jixiao.portal.dashboard.DepartmentDashboard;
import cn.jixiao.portal.dashboard.RatioService;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** A department's dashboard: its ratios for a year, and budget against actual as a chart. */
@Path("/departments/{id}/dashboard")
@Produces(MediaType.TEXT_HTML)
public class DepartmentDashboardPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance department(MeView me, DepartmentDashboard dashboard);
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
    public TemplateInstance get(@PathParam("id") long id, @QueryParam("year") @FiscalYear String year) {
        int y = fiscalYears.orCurrent(year);
        var years = fiscalYears.choices(y, ratios.yearsOf(id));
        return Templates.department(me.describe(user.get()), DepartmentDashboard.of(ratios.books(id, y), years));
    }
}

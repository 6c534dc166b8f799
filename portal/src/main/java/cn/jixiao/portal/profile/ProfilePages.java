package cn.jixiao.portal.profile;

import cn.jixiao.portal.department.DepartmentDirectory;
import cn.jixiao.portal.department.DepartmentView;
import cn.jixiao.portal.me.MeService;
import cn.jixiao.portal.me.MeView;
import cn.jixiao.portal.region.FiscalYears;
import cn.jixiao.portal.security.SignedInUser;
import cn.jixiao.portal.web.FiscalYear;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The profile page: what the department is in a year, and the form its editors change it with (ProfileApi). */
@Path("/departments/{id}/profile")
@Produces(MediaType.TEXT_HTML)
public class ProfilePages {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance view(MeView me, ProfileBookView page);
    }

    @Inject
    ProfileService profiles;

    @Inject
    DepartmentDirectory departments;

    @Inject
    SignedInUser user;

    @Inject
    MeService me;

    @Inject
    FiscalYears fiscalYears;

    @GET
    public TemplateInstance view(@PathParam("id") long id, @QueryParam("year") @FiscalYear String year) {
        int y = fiscalYears.orCurrent(year);
        var profile = profiles.find(id, y).orElse(null);
        var page = new ProfileBookView(
                department(id),
                y,
                profile,
                fiscalYears.choices(y, profiles.years(id)),
                profiles.canEdit(id),
                ProfileBookView.sections(ProfileBookView.values(profile)),
                profile == null ? null : profile.version());
        return Templates.view(me.describe(user.get()), page);
    }

    private DepartmentView department(long id) {
        return departments.byId(id).orElseThrow(() -> new NotFoundException("部门不存在 (department not found)"));
    }
}

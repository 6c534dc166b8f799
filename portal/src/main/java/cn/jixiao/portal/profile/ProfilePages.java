package cn.jixiao.portal.profile;

import cn.jixiao.portal.department.DepartmentDirectory;
import cn.jixiao.portal.department.DepartmentView;
import cn.jixiao.portal.me.MeService;
import cn.jixiao.portal.me.MeView;
import cn.jixiao.portal.security.SignedInUser;
import cn.jixiao.portal.web.FiscalYear;
import cn.jixiao.portal.web.FormReader;
import cn.jixiao.portal.web.InvalidInputException;
import cn.jixiao.portal.web.VersionMismatchException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Year;
import java.util.List;
import java.util.Map;

/** The profile page: what the department is in a year, and the form its editors change it with. */
@Path("/departments/{id}/profile")
@Produces(MediaType.TEXT_HTML)
public class ProfilePages {
    static final String YEAR_REQUIRED = "请提供年度 year (year is required)";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance view(MeView me, ProfilePage page);
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
    Validator validator;

    @GET
    public TemplateInstance view(@PathParam("id") long id, @QueryParam("year") @FiscalYear String year) {
        int y = year != null ? Integer.parseInt(year) : defaultYear(profiles.years(id));
        var profile = profiles.find(id, y).orElse(null);
        boolean editable = profiles.canEdit(id);
        var page = new ProfilePage(
                department(id),
                y,
                profile,
                editable,
                ProfilePage.sections(ProfilePage.values(profile), Map.of()),
                profile == null ? null : profile.version(),
                null,
                false);
        return Templates.view(me.describe(user.get()), page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(
            @PathParam("id") long id,
            @QueryParam("year") @NotNull(message = YEAR_REQUIRED) @FiscalYear String year,
            MultivaluedMap<String, String> form) {
        int y = Integer.parseInt(year);
        var reader = new FormReader(form);
        var input = new ProfileInput(
                reader.integer("version", false),
                reader.text("functions"),
                reader.text("internalUnits"),
                reader.integer("staffQuotaAdministrative", true),
                reader.integer("staffQuotaInstitutional", true),
                reader.integer("staffActualAdministrative", true),
                reader.integer("staffActualInstitutional", true),
                reader.integer("vehicleQuota", true),
                reader.integer("vehiclesActual", true));
        reader.addViolations(validator.validate(input));
        if (!reader.valid()) {
            profiles.requireEditable(id);
            return again(id, y, reader, 400, "输入有误，请按提示修改 (please correct the marked fields)", false);
        }
        try {
            profiles.save(id, y, input);
        } catch (VersionMismatchException | OptimisticLockException | InvalidInputException e) {
            return again(
                    id,
                    y,
                    reader,
                    409,
                    "数据已被他人修改，请重新打开本页后再改 (someone else changed this profile; reopen the page and try again)",
                    true);
        }
        return Response.seeOther(URI.create("/departments/" + id + "/profile?year=" + y))
                .build();
    }

    private Response again(long id, int year, FormReader reader, int status, String message, boolean conflict) {
        var profile = profiles.find(id, year).orElse(null);
        String typed = reader.values().get("version");
        Integer version = typed != null && typed.matches("[0-9]{1,9}") ? Integer.valueOf(typed) : null;
        var page = new ProfilePage(
                department(id),
                year,
                profile,
                true,
                ProfilePage.sections(reader.values(), reader.errors()),
                version,
                message,
                conflict);
        return Response.status(status)
                .entity(Templates.view(me.describe(user.get()), page))
                .type(MediaType.TEXT_HTML_TYPE)
                .build();
    }

    /** The newest year with a profile, or last year when there is none yet. */
    static int defaultYear(List<Integer> years) {
        return years.isEmpty() ? Year.now().getValue() - 1 : years.get(0);
    }

    private DepartmentView department(long id) {
        return departments.byId(id).orElseThrow(() -> new NotFoundException("部门不存在 (department not found)"));
    }
}

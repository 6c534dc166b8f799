package cn.jixiao.portal.people.keeping;

import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.department.DepartmentDirectory;
import cn.jixiao.portal.department.DepartmentView;
import cn.jixiao.portal.me.MeService;
import cn.jixiao.portal.me.MeView;
import cn.jixiao.portal.web.Paged;
import cn.jixiao.portal.web.Paging;
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

@Path("/people")
@Produces(MediaType.TEXT_HTML)
public class PeoplePages {
    private static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(MeView me, Paged<PersonView> people, String q, PeopleForm form);

        static native TemplateInstance detail(
                MeView me, PersonView person, PeopleForm form, List<PersonChange> history);
    }

    @Inject
    PeopleKeeper people;

    @Inject
    Access access;

    @Inject
    MeService me;

    @Inject
    DepartmentDirectory departments;

    @GET
    public TemplateInstance list(@QueryParam("q") String q, @BeanParam @Valid Paging paging) {
        String query = q == null ? "" : q.strip();
        var page = people.page(query, paging.page(), PAGE_SIZE);
        return Templates.list(me.describe(access.user()), page, query, form(null));
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") String id) {
        var person = people.get(id);
        return Templates.detail(me.describe(access.user()), person, form(person), people.history(id));
    }

    private PeopleForm form(PersonView person) {
        boolean canKeep = access.isRegionAdmin();
        List<DepartmentView> all =
                canKeep ? departments.page(null, 0, 500, "name").items() : List.of();
        return PeopleForm.of(canKeep, person, all);
    }
}

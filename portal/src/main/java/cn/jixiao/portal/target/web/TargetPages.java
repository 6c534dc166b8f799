package cn.jixiao.portal.target.web;

import cn.jixiao.portal.me.MeService;
import cn.jixiao.portal.me.MeView;
import cn.jixiao.portal.security.SignedInUser;
import cn.jixiao.portal.target.TargetService;
import cn.jixiao.portal.target.TargetStatus;
import cn.jixiao.portal.web.Paging;
import cn.jixiao.portal.web.QueryParams;
import cn.jixiao.portal.web.SortColumn;
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
import java.time.Year;
import java.util.List;

/**
 * The target table pages: the list with its filters, one table laid out like the 项目支出绩效目标申报表
 * (edited in place while it is a draft; review, versions and events below), and a new draft. Every
 * change is sent as JSON to TargetApi.
 */
@Path("/targets")
@Produces(MediaType.TEXT_HTML)
public class TargetPages {
    private static final int PAGE_SIZE = 25;
    private static final List<String> SORTS = List.of("year", "status", "department", "version");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(MeView me, TargetListView page);

        static native TemplateInstance detail(MeView me, TargetDetailView page);

        static native TemplateInstance create(MeView me, TargetNewView page);
    }

    @Inject
    TargetService targets;

    @Inject
    SignedInUser user;

    @Inject
    MeService me;

    @GET
    public TemplateInstance list(
            @QueryParam("year") String yearParam,
            @QueryParam("status") String statusParam,
            @QueryParam("departmentId") String departmentParam,
            @QueryParam("includeSuperseded") String allVersionsParam,
            @BeanParam @Valid Paging paging) {
        Integer year = QueryParams.year("year", yearParam);
        TargetStatus status = QueryParams.choice("status", "目标表状态", statusParam, TargetStatus.class);
        Long departmentId = QueryParams.id("departmentId", departmentParam);
        boolean allVersions = QueryParams.flag("includeSuperseded", allVersionsParam);
        String sort = SortColumn.pick(paging.sort("year"), SORTS, "year");
        boolean descending = paging.descending() || (paging.sort(null) == null);
        var page = targets.page(
                departmentId, year, status, allVersions, paging.page(), PAGE_SIZE, (descending ? "-" : "") + sort);
        var view = new TargetListView(
                page,
                year,
                status == null ? null : status.name(),
                departmentId,
                allVersions,
                sort,
                descending,
                targets.departmentFilter(),
                targets.canCreate());
        return Templates.list(me.describe(user.get()), view);
    }

    @GET
    @Path("new")
    public TemplateInstance create() {
        return Templates.create(
                me.describe(user.get()),
                new TargetNewView(targets.newTargetChoices(), Year.now().getValue() + 1));
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") long id) {
        return Templates.detail(me.describe(user.get()), TargetDetailView.of(targets.view(id)));
    }
}

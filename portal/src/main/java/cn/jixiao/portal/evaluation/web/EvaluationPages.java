package cn.jixiao.portal.evaluation.web;

import cn.jixiao.platform.publication.EvaluationKind;
import cn.jixiao.portal.evaluation.EvaluationStatus;
import cn.jixiao.portal.evaluation.sheet.SelfEvaluationTable;
import cn.jixiao.portal.evaluation.sheet.SelfEvaluationTables;
import cn.jixiao.portal.me.MeService;
import cn.jixiao.portal.me.MeView;
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

/**
 * The evaluation pages: the year's list (filters, sorting, pages, a chart, the 开始评价 form), one
 * evaluation (scores, indicators, findings, items, sign-off, review), and its national self-evaluation
 * table for printing. Every form sends JSON to the evaluation API (static/json-forms.js).
 */
@Path("/evaluations")
@Produces(MediaType.TEXT_HTML)
public class EvaluationPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(MeView me, EvaluationListView page);

        static native TemplateInstance detail(MeView me, EvaluationDetailView page);

        static native TemplateInstance table(MeView me, SelfEvaluationTable table);
    }

    @Inject
    EvaluationPageService pages;

    @Inject
    SelfEvaluationTables tables;

    @Inject
    SignedInUser user;

    @Inject
    MeService me;

    @GET
    public TemplateInstance list(
            @QueryParam("year") @FiscalYear String year,
            @QueryParam("departmentId") String departmentId,
            @QueryParam("kind") String kind,
            @QueryParam("status") String status,
            @BeanParam @Valid Paging paging) {
        var view = pages.list(
                year == null ? null : Integer.parseInt(year),
                QueryParams.id("departmentId", departmentId),
                QueryParams.choice("kind", "评价类型", blankToNull(kind), EvaluationKind.class),
                QueryParams.choice("status", "状态", blankToNull(status), EvaluationStatus.class),
                paging.sort("subject"),
                paging.page());
        return Templates.list(me.describe(user.get()), view);
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") long id) {
        return Templates.detail(me.describe(user.get()), pages.detail(id));
    }

    @GET
    @Path("{id}/table")
    public TemplateInstance table(@PathParam("id") long id) {
        return Templates.table(me.describe(user.get()), tables.table(id));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

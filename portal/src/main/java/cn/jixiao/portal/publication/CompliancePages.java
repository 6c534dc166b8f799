package cn.jixiao.portal.publication;

import cn.jixiao.platform.publication.EvaluationKind;
import cn.jixiao.platform.publication.record.ComplianceState;
import cn.jixiao.platform.publication.record.PublicationRecords;
import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.me.MeService;
import cn.jixiao.portal.me.MeView;
import cn.jixiao.portal.security.SignedInUser;
import cn.jixiao.portal.web.Option;
import cn.jixiao.portal.web.Paging;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;

/** 公开情况: the year's deadlines, counts, chart and rows; the finance reviewer's deadline and reminder forms. */
@Path("/publication/compliance")
@Produces(MediaType.TEXT_HTML)
public class CompliancePages {
    private static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance compliance(MeView me, CompliancePage page);
    }

    /** What the page shows. */
    @TemplateData
    public record CompliancePage(
            ComplianceReport report,
            ComplianceChart chart,
            List<Option> states,
            List<Option> kinds,
            List<Option> appliesTo,
            boolean filtered,
            String pagerBase,
            String exportQuery,
            boolean canSetDeadlines,
            ReminderSettingsView reminders,
            ContactView ownContact,
            int legalWorkingDays) {}

    @Inject
    ComplianceService compliance;

    @Inject
    ReminderService reminders;

    @Inject
    Access access;

    @Inject
    SignedInUser user;

    @Inject
    MeService me;

    @GET
    public TemplateInstance page(
            @QueryParam("year") String year,
            @QueryParam("state") String state,
            @QueryParam("kind") String kind,
            @BeanParam @Valid Paging paging) {
        var q = ComplianceQuery.of(year, state, kind);
        int y = q.year() == null ? compliance.defaultYear() : q.year();
        String sort = paging.sort("state");
        ComplianceReport report =
                compliance.report(y, q.stateName(), q.kindName(), sort, paging.descending(), paging.page(), PAGE_SIZE);
        var chartRows = new ArrayList<>(report.byKind());
        if (chartRows.size() > 1) {
            chartRows.add(report.counts());
        }
        var states = new ArrayList<Option>();
        states.add(new Option("", "全部 All", q.state() == null));
        for (ComplianceState s : ComplianceState.values()) {
            states.add(new Option(s.name(), s.label(), s == q.state()));
        }
        var kinds = new ArrayList<Option>();
        kinds.add(new Option("", "全部 All", q.kind() == null));
        for (EvaluationKind k : EvaluationKind.values()) {
            kinds.add(new Option(k.name(), k.label(), k == q.kind()));
        }
        var appliesTo = new ArrayList<Option>();
        for (AppliesTo a : AppliesTo.values()) {
            appliesTo.add(new Option(a.name(), a.label(), a == AppliesTo.EVALUATED));
        }
        String filter =
                "year=" + y + (q.state() == null ? "" : "&state=" + q.state().name())
                        + (q.kind() == null ? "" : "&kind=" + q.kind().name());
        var page = new CompliancePage(
                report,
                ComplianceChart.of(chartRows),
                states,
                kinds,
                appliesTo,
                q.state() != null || q.kind() != null,
                "?" + filter + "&sort=" + sort + (paging.descending() ? "&dir=desc" : "") + "&",
                filter,
                access.isFinanceReviewer(),
                reminders.settings(),
                access.ownDepartmentId().map(reminders::contact).orElse(null),
                PublicationRecords.LEGAL_WORKING_DAYS);
        return Templates.compliance(me.describe(user.get()), page);
    }
}

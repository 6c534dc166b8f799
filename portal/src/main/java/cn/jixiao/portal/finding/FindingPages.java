package cn.jixiao.portal.finding;

import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.department.Department;
import cn.jixiao.portal.me.MeService;
import cn.jixiao.portal.me.MeView;
import cn.jixiao.portal.security.SignedInUser;
import cn.jixiao.portal.web.Option;
import cn.jixiao.portal.web.Paged;
import cn.jixiao.portal.web.Paging;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** 核查发现: the findings list with its filters and counts, and the finance reviewer's explain form. */
@Path("/findings")
@Produces(MediaType.TEXT_HTML)
public class FindingPages {
    private static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(MeView me, FindingPage page);
    }

    /** What the page shows: the answer, the filter as chosen, the choices of each filter. */
    @TemplateData
    public record FindingPage(
            FindingList list,
            Paged<FindingView> paged,
            String year,
            List<Option> departments,
            List<Option> codes,
            List<Option> severities,
            List<Option> states,
            boolean canExplain,
            boolean filtered,
            String pagerBase,
            String exportQuery,
            Map<Long, List<FindingChange>> histories) {

        /** A finding's changes for its timeline (at least when it was found). */
        public List<FindingChange> history(long id) {
            return histories.getOrDefault(id, List.of());
        }
    }

    @Inject
    FindingService findings;

    @Inject
    Access access;

    @Inject
    SignedInUser user;

    @Inject
    MeService me;

    @Inject
    FindingHistory history;

    @GET
    @Transactional
    public TemplateInstance list(
            @QueryParam("year") String year,
            @QueryParam("departmentId") String departmentId,
            @QueryParam("code") String code,
            @QueryParam("severity") String severity,
            @QueryParam("state") String state,
            @QueryParam("evaluationId") String evaluationId,
            @BeanParam @Valid Paging paging) {
        FindingFilter filter = FindingApi.filter(year, departmentId, code, severity, state, evaluationId);
        FindingList list = findings.page(filter, paging.page(), PAGE_SIZE);
        var departments = new ArrayList<Option>();
        departments.add(new Option("", "全部部门 All", filter.departmentId() == null));
        if (access.readsWholeRegion()) {
            Department.<Department>listAll(Sort.by("name"))
                    .forEach(d -> departments.add(
                            new Option(String.valueOf(d.id), d.name, d.id.equals(filter.departmentId()))));
        }
        var codes = new ArrayList<Option>();
        codes.add(new Option("", "全部检查 All checks", filter.code() == null));
        findings.rules()
                .forEach(c -> codes.add(new Option(
                        c.code(), FindingView.checkLabel(c.code()), c.code().equals(filter.code()))));
        var severities = new ArrayList<Option>();
        severities.add(new Option("", "全部 All", filter.severity() == null));
        Arrays.stream(Severity.values())
                .forEach(s -> severities.add(new Option(s.name(), s.label(), s == filter.severity())));
        var states = new ArrayList<Option>();
        states.add(new Option("", "全部 All", filter.state() == null));
        Arrays.stream(FindingState.values())
                .forEach(s -> states.add(new Option(s.name(), s.label(), s == filter.state())));
        var base = new StringBuilder("?");
        param(base, "year", filter.year());
        param(base, "departmentId", filter.departmentId());
        param(base, "code", filter.code());
        param(base, "severity", filter.severity());
        param(base, "state", filter.state());
        param(base, "evaluationId", filter.evaluationId());
        boolean filtered = filter.year() != null
                || filter.departmentId() != null
                || filter.code() != null
                || filter.severity() != null
                || filter.state() != null
                || filter.evaluationId() != null;
        var page = new FindingPage(
                list,
                new Paged<>(list.items(), list.total(), list.page(), list.size()),
                filter.year() == null ? "" : filter.year().toString(),
                departments,
                codes,
                severities,
                states,
                access.isFinanceReviewer(),
                filtered,
                base.toString(),
                base.substring(1),
                history.histories(list.items().stream().map(FindingView::id).toList()));
        return Templates.list(me.describe(user.get()), page);
    }

    private static void param(StringBuilder base, String name, Object value) {
        if (value != null) {
            base.append(name)
                    .append('=')
                    .append(URLEncoder.encode(Objects.toString(value), StandardCharsets.UTF_8))
                    .append('&');
        }
    }
}

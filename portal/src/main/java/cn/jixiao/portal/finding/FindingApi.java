package cn.jixiao.portal.finding;

import cn.jixiao.portal.tabular.TableFormat;
import cn.jixiao.portal.web.ContentDisposition;
import cn.jixiao.portal.web.Paging;
import cn.jixiao.portal.web.QueryParams;
import cn.jixiao.portal.web.Refusals;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/findings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FindingApi {
    static final String BODY_REQUIRED = "请求内容不能为空 (a JSON body is required)";

    @Inject
    FindingService findings;

    @Inject
    FindingExport export;

    @Inject
    FindingHistory history;

    /**
     * A rule as the list's filter and the page's legend show it: its severity in this region, its default,
     * and the version of the region's settings (to change it).
     */
    public record CheckView(
            String code,
            String severity,
            String severityLabel,
            String description,
            String defaultSeverity,
            int settingsVersion) {}

    @GET
    @Operation(summary = "核查发现 (findings you may read, filtered; counts by check and by department)")
    public FindingList list(
            @QueryParam("year") String year,
            @QueryParam("departmentId") String departmentId,
            @QueryParam("code") String code,
            @QueryParam("kind") String kind,
            @QueryParam("severity") String severity,
            @QueryParam("state") String state,
            @QueryParam("evaluationId") String evaluationId,
            @BeanParam @Valid Paging paging) {
        // kind: the name for the rule's code, e.g. kind=NARRATIVE_FIGURE_DIFFERS
        String rule = code == null || code.isBlank() ? kind : code;
        return findings.page(
                filter(year, departmentId, rule, severity, state, evaluationId), paging.page(), paging.size(50));
    }

    @GET
    @Path("/export")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv"})
    @Operation(
            summary = "导出核查发现 (the findings you may read, with the list's filters, as Excel or CSV:"
                    + " format=xlsx|csv, xlsx by default)")
    public Response export(
            @QueryParam("year") String year,
            @QueryParam("departmentId") String departmentId,
            @QueryParam("code") String code,
            @QueryParam("kind") String kind,
            @QueryParam("severity") String severity,
            @QueryParam("state") String state,
            @QueryParam("evaluationId") String evaluationId,
            @QueryParam("format") String format)
            throws IOException {
        String rule = code == null || code.isBlank() ? kind : code;
        FindingFilter filter = filter(year, departmentId, rule, severity, state, evaluationId);
        TableFormat f = TableFormat.parse(format).orElse(TableFormat.XLSX);
        FindingExport.File file = export.write(filter, f);
        StreamingOutput body = out -> {
            try {
                Files.copy(file.path(), out);
            } finally {
                Files.deleteIfExists(file.path());
            }
        };
        String stem = filter.year() == null ? "" : "-" + filter.year();
        return Response.ok(body, f.mediaType)
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment(
                                "findings" + stem + "." + f.extension, "核查发现" + stem + "." + f.extension))
                .header("Content-Length", file.length())
                .build();
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "核查发现的变化记录 (a finding's history: found, explained, fixed, found again, severity changed)")
    public List<FindingChange> history(@PathParam("id") long id) {
        return history.history(id);
    }

    @GET
    @Path("/checks")
    @Operation(summary = "核查规则 (every check: code, severity, what it checks)")
    public List<CheckView> checks() {
        return findings.rules();
    }

    @PUT
    @Path("/checks/{code}/severity")
    @Operation(summary = "调整核查规则在本地区的严重程度 (a region raises or lowers a rule's severity)")
    public CheckView severity(
            @PathParam("code") String code, @Valid @NotNull(message = BODY_REQUIRED) SeverityInput input) {
        return findings.setSeverity(code, input);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "一条核查发现 (one finding)")
    public FindingView get(@PathParam("id") long id) {
        return findings.view(id);
    }

    @POST
    @Path("/{id}/explain")
    @Operation(summary = "说明核查发现 (a finance reviewer explains a finding; kept across rechecks)")
    public FindingView explain(@PathParam("id") long id, @Valid @NotNull(message = BODY_REQUIRED) ExplainInput input) {
        return findings.explain(id, input);
    }

    @POST
    @Path("/recheck")
    @Operation(summary = "重新核查 (rerun the checks of a year's evaluations, finance reviewer; or of one evaluation)")
    public Object recheck(@QueryParam("year") String year, @QueryParam("evaluationId") String evaluationId) {
        Long evaluation = QueryParams.id("evaluationId", evaluationId);
        if (evaluation != null) {
            return findings.recheckEvaluation(evaluation);
        }
        Integer y = QueryParams.year("year", year);
        if (y == null) {
            throw Refusals.invalid("year", "请指定年度 year 或评价 evaluationId (year or evaluationId is required)");
        }
        return findings.recheckYear(y);
    }

    static FindingFilter filter(
            String year, String departmentId, String code, String severity, String state, String evaluationId) {
        String checkCode = code == null || code.isBlank() ? null : code.strip();
        if (checkCode != null
                && Checks.ruleByCode(checkCode).isEmpty()
                && !FindingView.REPORT_TEXT_LABELS.containsKey(checkCode)) {
            throw Refusals.invalid("code", "没有这项核查 code " + checkCode + " (no check with this code)");
        }
        return new FindingFilter(
                QueryParams.year("year", year),
                QueryParams.id("departmentId", departmentId),
                checkCode,
                QueryParams.choice("severity", "严重程度", severity, Severity.class),
                QueryParams.choice("state", "处理状态", state, FindingState.class),
                QueryParams.id("evaluationId", evaluationId));
    }
}

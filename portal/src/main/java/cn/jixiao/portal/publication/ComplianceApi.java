package cn.jixiao.portal.publication;

import cn.jixiao.portal.tabular.TableFormat;
import cn.jixiao.portal.web.ContentDisposition;
import cn.jixiao.portal.web.Paging;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/publication/compliance")
@Produces(MediaType.APPLICATION_JSON)
public class ComplianceApi {
    @Inject
    ComplianceService compliance;

    @GET
    @Operation(
            summary = "公开情况 (per department and kind: on time, late, missing or pending, with counts; year"
                    + " defaults to the newest with a deadline)")
    public ComplianceReport get(
            @QueryParam("year") String year,
            @QueryParam("state") String state,
            @QueryParam("kind") String kind,
            @BeanParam @Valid Paging paging) {
        var q = ComplianceQuery.of(year, state, kind);
        int y = q.year() == null ? compliance.defaultYear() : q.year();
        return compliance.report(
                y,
                q.stateName(),
                q.kindName(),
                paging.sort("department"),
                paging.descending(),
                paging.page(),
                paging.size(50));
    }

    @GET
    @Path("/export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "导出公开情况 (the year's rows as CSV or XLSX: format=csv|xlsx)")
    public Response export(
            @QueryParam("year") String year,
            @QueryParam("state") String state,
            @QueryParam("kind") String kind,
            @QueryParam("format") String format) {
        var q = ComplianceQuery.of(year, state, kind);
        TableFormat f = TableFormat.parse(format).orElse(TableFormat.CSV);
        int y = q.year() == null ? compliance.defaultYear() : q.year();
        List<ComplianceRow> rows = compliance
                .report(y, q.stateName(), q.kindName(), "department", false, 0, Integer.MAX_VALUE)
                .rows()
                .items();
        StreamingOutput body = out -> ComplianceExport.write(rows, f, out);
        String name = "compliance-" + y + "." + f.extension;
        return Response.ok(body, f.mediaType)
                .header("Content-Disposition", ContentDisposition.attachment(name, y + "年度公开情况." + f.extension))
                .build();
    }
}

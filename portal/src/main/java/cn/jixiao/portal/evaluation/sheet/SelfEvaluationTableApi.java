package cn.jixiao.portal.evaluation.sheet;

import cn.jixiao.portal.web.ContentDisposition;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The national self-evaluation table of an evaluation as an Excel workbook. */
@Path("/api/evaluations")
public class SelfEvaluationTableApi {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    SelfEvaluationTables tables;

    @GET
    @Path("{id}/self-evaluation-table.xlsx")
    @Produces(XLSX)
    @Operation(summary = "绩效自评表 Excel (项目支出 / 部门整体支出绩效自评表 of an evaluation)")
    public Response xlsx(@PathParam("id") long id) {
        SelfEvaluationTable table = tables.table(id);
        StreamingOutput body = out -> SelfEvaluationSheet.write(table, out);
        return Response.ok(body, XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment("self-evaluation-table-" + id + ".xlsx", table.fileName()))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }
}

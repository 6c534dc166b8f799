package cn.jixiao.portal.transfer.web;

import cn.jixiao.portal.tabular.TableFormat;
import cn.jixiao.portal.transfer.ImportFlow;
import cn.jixiao.portal.transfer.ImportReport;
import cn.jixiao.portal.transfer.TransferFilter;
import cn.jixiao.portal.transfer.TransferService;
import cn.jixiao.portal.transfer.TransferSheet;
import cn.jixiao.portal.web.ContentDisposition;
import cn.jixiao.portal.web.QueryParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.sql.SQLException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Spreadsheet export and import of 部门预算 (budgets), 支出明细 (expenditures) and 合同 (contracts).
 * An import is checked whole: {@code mode=preview} saves nothing and returns what would happen
 * (and a token to commit it later); {@code mode=commit} saves every row or, when any row is wrong,
 * none and answers 422 with the errors by row and column.
 */
@Path("/api/transfer/{sheet}")
public class TransferApi {
    @Inject
    TransferService transfers;

    @Inject
    ImportFlow imports;

    @GET
    @Path("export")
    @Operation(summary = "导出为 CSV 或 Excel (export as csv or xlsx; year and projectId narrow it)")
    public Response export(
            @PathParam("sheet") String slug,
            @QueryParam("format") @DefaultValue("xlsx") String format,
            @QueryParam("year") String yearParam,
            @QueryParam("projectId") String projectParam)
            throws IOException, SQLException {
        TransferSheet sheet = transfers.sheet(slug);
        Integer year = QueryParams.year("year", yearParam);
        Long projectId = QueryParams.id("projectId", projectParam);
        TableFormat tableFormat = TableFormat.parse(format).orElse(TableFormat.XLSX);
        var filter = new TransferFilter(year, projectId);
        var file = Exports.write(transfers, sheet, tableFormat, filter);
        String stem = year == null ? "" : "-" + year;
        return Response.ok(file.body(), tableFormat.mediaType)
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment(
                                sheet.slug() + stem + "." + tableFormat.extension,
                                sheet.title() + stem + "." + tableFormat.extension))
                .header("Content-Length", file.length())
                .build();
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "导入 CSV 或 Excel (import: mode=preview checks only, mode=commit saves all rows or none)")
    public Response importFile(
            @PathParam("sheet") String slug,
            @QueryParam("format") String format,
            @QueryParam("mode") String mode,
            @QueryParam("projectId") String projectParam,
            @QueryParam("token") String queryToken,
            @RestForm("file") FileUpload file,
            @RestForm("token") String formToken)
            throws IOException, SQLException {
        boolean commit = QueryParams.commitMode(mode);
        TransferSheet sheet = transfers.sheet(slug);
        Long projectId = QueryParams.id("projectId", projectParam);
        String token = formToken != null ? formToken : queryToken;
        ImportReport report = token != null && file == null
                ? imports.confirm(sheet, token)
                : imports.upload(sheet, file, TableFormat.parse(format), new TransferFilter(null, projectId), commit);
        int status = commit && !report.committed() ? 422 : 200;
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(report)
                .build();
    }
}

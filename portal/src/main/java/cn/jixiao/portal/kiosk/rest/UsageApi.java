package cn.jixiao.portal.kiosk.rest;

import cn.jixiao.platform.tenancy.Tenancy;
import cn.jixiao.portal.kiosk.KioskAccess;
import cn.jixiao.portal.kiosk.ServicePoint;
import cn.jixiao.portal.kiosk.usage.UsageConfig;
import cn.jixiao.portal.kiosk.usage.UsageExport;
import cn.jixiao.portal.kiosk.usage.UsageImport;
import cn.jixiao.portal.kiosk.usage.UsageReport;
import cn.jixiao.portal.kiosk.usage.UsageRights;
import cn.jixiao.portal.tabular.TableFormat;
import cn.jixiao.portal.tabular.UnreadableFileException;
import cn.jixiao.portal.web.QueryParams;
import cn.jixiao.portal.web.Refusals;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Daily transaction counts (办件量) of the kiosks in bulk: import a vendor's export (CSV or XLSX with
 * 设备编号, 日期, 办件量), all rows or none, and export the counts the user may read.
 */
@Path("/api/kiosks/usage")
public class UsageApi {
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    UsageImport imports;

    @Inject
    UsageExport exports;

    @Inject
    UsageRights rights;

    @Inject
    UsageConfig config;

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "导入每日办件量 (import daily usage: mode=preview checks only, mode=commit saves all rows or none)")
    public Response importUsage(@QueryParam("mode") String mode, @RestForm("file") FileUpload file)
            throws IOException, SQLException {
        boolean commit = QueryParams.commitMode(mode);
        String permit = rights.importableSql();
        if (file == null || file.uploadedFile() == null) {
            throw Refusals.invalid("file", "请选择要上传的文件 (no file uploaded)");
        }
        long max = config.maxUploadSize().asLongValue();
        if (file.size() > max) {
            throw new UnreadableFileException(
                    413, "文件太大，上限为 " + max / 1024 / 1024 + " MB，请分批导入 (the file is too large)");
        }
        TableFormat.sniff(file.uploadedFile()); // 400/415 before any work for what is no sheet at all
        UsageReport report = imports.run(file.uploadedFile(), commit, permit, LocalDate.now(CHINA));
        return Response.status(report.valid() ? 200 : 422)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(report)
                .build();
    }

    @GET
    @Path("export")
    @Operation(summary = "导出每日办件量 (export daily usage you may read; year and pointId narrow it; csv or xlsx)")
    public Response export(
            @QueryParam("year") String yearParam,
            @QueryParam("pointId") String pointParam,
            @QueryParam("format") @DefaultValue("csv") String formatParam) {
        Integer year = QueryParams.year("year", yearParam);
        Long pointId = QueryParams.id("pointId", pointParam);
        if (pointId != null && ServicePoint.findByIdOptional(pointId).isEmpty()) {
            throw new NotFoundException(KioskAccess.POINT_NOT_FOUND);
        }
        TableFormat format = TableFormat.parse(formatParam).orElse(TableFormat.CSV);
        String tenant = Tenancy.current().orElseThrow();
        var query = new UsageExport.Query(tenant, rights.readableSql(), year, pointId);
        String stem = "办件量" + (year == null ? "" : "-" + year) + "." + format.extension;
        String ascii = "usage" + (year == null ? "" : "-" + year) + "." + format.extension;
        return Response.ok(exports.body(query, format), format.mediaType)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                                + URLEncoder.encode(stem, StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .build();
    }
}

package cn.jixiao.portal.audit;

import cn.jixiao.portal.tabular.TableFormat;
import cn.jixiao.portal.web.ContentDisposition;
import cn.jixiao.portal.web.Paging;
import cn.jixiao.portal.web.Refusals;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditApi {
    @Inject
    AuditHistory history;

    @Inject
    AuditExport export;

    @GET
    @Operation(summary = "一条记录的修改历史：谁、何时、改前与改后，最新在前 (a record's history: who, when, before and after; newest first)")
    public List<AuditRecord> history(
            @QueryParam("entity") @NotBlank(message = "请提供 entity，如 DepartmentBudget (entity is required)")
                    String entity,
            @QueryParam("entityId") @NotNull(message = "请提供 entityId (entityId is required)") Long entityId,
            @BeanParam @Valid Paging paging) {
        return history.of(entity, entityId, paging.page(), paging.size(50));
    }

    @GET
    @Path("export")
    @Produces({
        "text/csv",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        MediaType.APPLICATION_JSON
    })
    @Operation(
            summary =
                    "导出本地区的全部审计日志（CSV 或 Excel），含每条的哈希与前一条哈希，可独立验证"
                            + " (the region's whole audit log as csv or xlsx, with hash and previous hash, for independent verification)")
    public Response export(@QueryParam("format") @DefaultValue("csv") String format) throws IOException, SQLException {
        TableFormat tableFormat = TableFormat.parse(format)
                .orElseThrow(() -> Refusals.invalid("format", "格式只能是 csv 或 xlsx (format must be csv or xlsx)"));
        AuditExport.File file = export.write(tableFormat);
        StreamingOutput body = out -> {
            try {
                Files.copy(file.path(), out);
            } finally {
                Files.deleteIfExists(file.path());
            }
        };
        String name = "audit-log." + tableFormat.extension;
        return Response.ok(body, tableFormat.mediaType)
                .header("Content-Disposition", ContentDisposition.attachment(name, "审计日志." + tableFormat.extension))
                .header("Content-Length", Files.size(file.path()))
                .header("X-Audit-Anchor-Seq", file.ends().anchorSeq())
                .header("X-Audit-Anchor-Hash", file.ends().anchorHash())
                .header("X-Audit-Head-Seq", file.ends().headSeq())
                .header("X-Audit-Head-Hash", file.ends().headHash())
                .build();
    }
}

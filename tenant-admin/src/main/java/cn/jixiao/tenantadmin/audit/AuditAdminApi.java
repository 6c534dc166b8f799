package cn.jixiao.tenantadmin.audit;

import cn.jixiao.platform.audit.AuditVerification;
import cn.jixiao.tenantadmin.tenant.TenantCatalog;
import cn.jixiao.tenantadmin.web.Roles;
import cn.jixiao.tenantadmin.web.SignedInOperator;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.file.Files;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A region's audit log for platform operators: verify its hash chain, export it. Both are audited. */
@Path("/api/tenants/{code}/audit")
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class AuditAdminApi {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    AuditAdminService audits;

    @Inject
    TenantCatalog catalog;

    @Inject
    SignedInOperator operator;

    @GET
    @Path("verify")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "验证地区审计日志的哈希链：完好时给出条数与链头哈希，否则给出第一条出错的记录及原因"
                            + " (verify the region's audit hash chain: OK with the count and head hash, or the first broken entry and why)")
    public AuditVerification verify(@PathParam("code") String code) {
        requireRegion(code);
        return audits.verify(code, operator.username());
    }

    @GET
    @Produces({"text/csv", XLSX, MediaType.APPLICATION_JSON})
    @Operation(
            summary =
                    "导出地区审计日志（CSV 或 Excel，含哈希与前一条哈希） (the region's audit log as csv or xlsx, with hash and previous hash)")
    public Response export(@PathParam("code") String code, @QueryParam("format") @DefaultValue("csv") String format) {
        String kind = kind(format);
        requireRegion(code);
        return attachment(audits.export(code, operator.username(), kind), kind, "audit-log-" + code);
    }

    /** csv or xlsx, or a 400. */
    static String kind(String format) {
        String kind = format.strip().toLowerCase(Locale.ROOT);
        if (!kind.equals("csv") && !kind.equals("xlsx")) {
            throw new BadRequestException("格式只能是 csv 或 xlsx (format must be csv or xlsx)");
        }
        return kind;
    }

    /** The exported file as a download named {@code name.kind}, with the chain's ends in headers; deleted once sent. */
    static Response attachment(AuditAdminService.Export file, String kind, String name) {
        StreamingOutput body = out -> {
            try {
                Files.copy(file.path(), out);
            } finally {
                Files.deleteIfExists(file.path());
            }
        };
        String type = kind.equals("xlsx") ? XLSX : "text/csv; charset=UTF-8";
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + kind + "\"")
                .header("X-Audit-Anchor-Seq", file.ends().anchorSeq())
                .header("X-Audit-Anchor-Hash", file.ends().anchorHash())
                .header("X-Audit-Head-Seq", file.ends().headSeq())
                .header("X-Audit-Head-Hash", file.ends().headHash())
                .build();
    }

    private void requireRegion(String code) {
        if (code == null || !code.matches("[0-9]{6}") || catalog.byCode(code).isEmpty()) {
            throw new NotFoundException("该地区尚未开通 (no such tenant)");
        }
    }
}

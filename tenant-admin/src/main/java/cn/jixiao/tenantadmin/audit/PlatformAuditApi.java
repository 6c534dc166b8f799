package cn.jixiao.tenantadmin.audit;

import cn.jixiao.platform.audit.AuditVerification;
import cn.jixiao.platform.audit.AuditVerifier;
import cn.jixiao.tenantadmin.web.Roles;
import cn.jixiao.tenantadmin.web.SignedInOperator;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The platform's own audit log (平台运维日志: operators' sign-ins, refusals, downloads) for platform
 * operators: verify its hash chain, export it, as a region's. Both are written to the log itself.
 */
@Path("/api/platform/audit")
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class PlatformAuditApi {
    @Inject
    AuditAdminService audits;

    @Inject
    SignedInOperator operator;

    @GET
    @Path("verify")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "验证平台运维日志的哈希链：完好时给出条数与链头哈希，否则给出第一条出错的记录及原因"
                            + " (verify the platform log's hash chain: OK with the count and head hash, or the first broken entry and why)")
    public AuditVerification verify() {
        return audits.verify(AuditVerifier.PLATFORM, operator.username());
    }

    @GET
    @Produces({"text/csv", AuditAdminApi.XLSX, MediaType.APPLICATION_JSON})
    @Operation(
            summary = "导出平台运维日志（CSV 或 Excel，含哈希与前一条哈希） (the platform log as csv or xlsx, with hash and previous hash)")
    public Response export(@QueryParam("format") @DefaultValue("csv") String format) {
        String kind = AuditAdminApi.kind(format);
        return AuditAdminApi.attachment(
                audits.export(AuditVerifier.PLATFORM, operator.username(), kind), kind, "audit-log-platform");
    }
}

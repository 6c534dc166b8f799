package cn.jixiao.tenantadmin.lifecycle;

import cn.jixiao.tenantadmin.tenant.TenantCatalog;
import cn.jixiao.tenantadmin.tenant.TenantSummary;
import cn.jixiao.tenantadmin.web.Roles;
import cn.jixiao.tenantadmin.web.SignedInOperator;
import io.quarkus.logging.Log;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A region's life after onboarding: suspend and resume (its users refused in the portal meanwhile,
 * its reports kept public), export everything, offboard (after a suspension and an export since).
 */
@Path("/api/tenants/{code}")
@RolesAllowed(Roles.PLATFORM_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class LifecycleApi {
    @Inject
    TenantLifecycle lifecycle;

    @Inject
    TenantCatalog catalog;

    @Inject
    TenantExport export;

    @Inject
    ExportRecords records;

    @Inject
    SignedInOperator operator;

    /** The answer of suspend and resume: the tenant as it is now, and whether this call changed it. */
    public record StatusChange(boolean changed, TenantSummary tenant) {}

    /** What offboarding takes: the division code, typed again by the operator. */
    public record OffboardInput(String confirm) {}

    @POST
    @Path("suspend")
    @Operation(summary = "停用地区 (suspend: its users are refused in the portal; its public reports stay published)")
    public StatusChange suspend(@PathParam("code") String code) {
        boolean changed = lifecycle.suspend(code, operator.username());
        return new StatusChange(changed, summary(code));
    }

    @POST
    @Path("resume")
    @Operation(summary = "恢复地区 (resume a suspended region)")
    public StatusChange resume(@PathParam("code") String code) {
        boolean changed = lifecycle.resume(code, operator.username());
        return new StatusChange(changed, summary(code));
    }

    @GET
    @Path("exports")
    @Operation(summary = "该地区已完成的导出 (finished exports of the region)")
    public List<ExportRecords.ExportView> exports(@PathParam("code") String code) {
        summary(code);
        return records.list(code);
    }

    @GET
    @Path("export")
    @Produces("application/zip")
    @Operation(summary = "导出地区全部数据 (zip: every tenant table as CSV, its files from S3, its reports)")
    public Response export(@PathParam("code") String code) {
        TenantSummary tenant = summary(code);
        var tables = export.tables(); // refuses before the download starts when a table cannot be read
        String actor = operator.username();
        StreamingOutput body = out -> {
            var written = export.write(code, tenant.name(), tables, out);
            out.flush();
            long id = records.record(code, actor, written);
            Log.infof("exported region %s (%d bytes, export %d)", code, written.size(), id);
        };
        String day = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String ascii = "region-" + code + "-" + day + ".zip";
        String name = tenant.name() + "-" + code + "-导出-" + day + ".zip";
        return Response.ok(body, "application/zip")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                                + URLEncoder.encode(name, StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .build();
    }

    @POST
    @Path("offboard")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "注销地区 (offboard: needs a suspension, an export since, and the code typed as confirm)")
    public OffboardingResult offboard(@PathParam("code") String code, OffboardInput input) {
        summary(code);
        return lifecycle.offboard(code, input == null ? null : input.confirm(), operator.username());
    }

    private TenantSummary summary(String code) {
        return catalog.byCode(code).orElseThrow(() -> new NotFoundException(TenantLifecycle.NOT_FOUND));
    }
}

package cn.jixiao.tenantadmin.lifecycle;

import cn.jixiao.tenantadmin.identity.IdentityService;
import cn.jixiao.tenantadmin.identity.IdentityView;
import cn.jixiao.tenantadmin.tenant.TenantCatalog;
import cn.jixiao.tenantadmin.tenant.TenantSummary;
import cn.jixiao.tenantadmin.web.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * One region's page: its status with suspend/resume, its public-site identity form, the export
 * download and the offboarding (typed confirmation). The forms post to the JSON API (json-forms.js).
 */
@Path("/tenants/{code}")
@RolesAllowed(Roles.PLATFORM_ADMIN)
@Produces(MediaType.TEXT_HTML)
public class TenantDetailPages {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance detail(
                TenantSummary tenant, IdentityView identity, List<ExportRecords.ExportView> exports);
    }

    @Inject
    TenantCatalog catalog;

    @Inject
    IdentityService identities;

    @Inject
    ExportRecords exports;

    @GET
    public TemplateInstance detail(@PathParam("code") String code) {
        var tenant = catalog.byCode(code).orElseThrow(() -> new NotFoundException(TenantLifecycle.NOT_FOUND));
        return Templates.detail(tenant, identities.read(code), exports.list(code));
    }
}

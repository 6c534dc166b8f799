package cn.jixiao.tenantadmin.tenant;

import cn.jixiao.tenantadmin.web.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The home page: every tenant with its region, status and size. */
@Path("/")
@RolesAllowed(Roles.PLATFORM_ADMIN)
@Produces(MediaType.TEXT_HTML)
public class TenantPages {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                List<TenantSummary> tenants, TenantSort sort, String status, List<TenantStatus> statuses);
    }

    @Inject
    TenantCatalog catalog;

    @GET
    public TemplateInstance list(@QueryParam("sort") String sort, @QueryParam("status") String status) {
        var order = TenantSort.parse(sort);
        var filter = TenantStatus.parameter(status);
        return Templates.list(
                catalog.list(order, filter),
                order,
                filter.map(TenantStatus::name).orElse(""),
                List.of(TenantStatus.values()));
    }
}

package cn.jixiao.tenantadmin.bulk;

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
 * Bulk onboarding pages: the upload (it posts the file to the API through json-forms.js and opens the
 * job's page), and a job's page with the preview, the start/resume button and the progress, which
 * {@code /static/bulk-progress.js} refreshes from the API while the job runs.
 */
@Path("/bulk")
@RolesAllowed(Roles.PLATFORM_ADMIN)
@Produces(MediaType.TEXT_HTML)
public class BulkPages {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(List<BulkView> recent, long maxKb);

        static native TemplateInstance job(BulkView job);
    }

    @Inject
    BulkService jobs;

    @Inject
    BulkRunner runner;

    @Inject
    BulkConfig config;

    @GET
    public TemplateInstance upload() {
        return Templates.upload(jobs.recent(), config.maxUploadSize().asLongValue() / 1024);
    }

    @GET
    @Path("{id}")
    public TemplateInstance job(@PathParam("id") String id) {
        if (id == null || !id.matches("^[0-9]{1,18}$")) {
            throw new NotFoundException(BulkService.NOT_FOUND);
        }
        long job = Long.parseLong(id);
        return Templates.job(jobs.view(job, true, runner.credentialsWaiting(job)));
    }
}

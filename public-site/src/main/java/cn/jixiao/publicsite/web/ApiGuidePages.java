package cn.jixiao.publicsite.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * 开放接口: the public JSON API described for people (routes, parameters, an example). The
 * machine-readable OpenAPI document is on the management port, not on the public site.
 */
@Path("/api-guide")
@Produces(MediaType.TEXT_HTML)
public class ApiGuidePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance guide(int maxSize, int maxPage, int defaultSize);
    }

    @GET
    public TemplateInstance guide() {
        return Templates.guide(Paging.MAX_SIZE, Paging.MAX_PAGE, Paging.DEFAULT_SIZE);
    }
}

package cn.jixiao.publicsite.record;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** 公开记录: whether a region's departments published their reports on time, year by year. */
@Path("/regions/{code}/record")
@Produces(MediaType.TEXT_HTML)
public class RecordPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance record(RegionRecord record);

        static native TemplateInstance notFound(String code);
    }

    @Inject
    RegionRecords records;

    @GET
    public Response record(@PathParam("code") String code) {
        return records.of(code)
                .map(r -> Response.ok(Templates.record(r)))
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).entity(Templates.notFound(code)))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .build();
    }
}

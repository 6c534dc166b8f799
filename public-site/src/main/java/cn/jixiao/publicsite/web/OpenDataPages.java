package cn.jixiao.publicsite.web;

import cn.jixiao.publicsite.opendata.OpenDataRow;
import cn.jixiao.publicsite.region.RegionDirectory;
import cn.jixiao.publicsite.region.RegionSummary;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** 开放数据 page: what the open data holds, its fields, and download links by region and year. */
@Path("/open-data")
@Produces(MediaType.TEXT_HTML)
public class OpenDataPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance openData(List<RegionSummary> regions, List<String> fields);
    }

    @Inject
    RegionDirectory regions;

    @GET
    public TemplateInstance page() {
        return Templates.openData(regions.all(), List.of(OpenDataRow.HEADER));
    }
}

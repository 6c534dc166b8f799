package cn.jixiao.publicsite.web;

import cn.jixiao.publicsite.region.RegionDirectory;
import cn.jixiao.publicsite.region.RegionSummary;
import cn.jixiao.publicsite.search.ReportSearch;
import cn.jixiao.publicsite.search.SearchResult;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** 首页: the search box, the latest published reports and the regions. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePages {
    private static final int LATEST = 8;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(SearchResult latest, List<RegionSummary> regions);
    }

    @Inject
    ReportSearch search;

    @Inject
    RegionDirectory regions;

    @GET
    public TemplateInstance home() {
        return Templates.home(search.search("", 1, LATEST), regions.all());
    }
}

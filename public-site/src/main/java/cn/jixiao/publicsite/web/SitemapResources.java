package cn.jixiao.publicsite.web;

import cn.jixiao.publicsite.feed.FeedEntries;
import cn.jixiao.publicsite.feed.Sitemap;
import cn.jixiao.publicsite.region.RegionDirectory;
import cn.jixiao.publicsite.region.RegionSummary;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalLong;
import javax.xml.stream.XMLStreamException;

/**
 * /sitemap.xml: every public page and published report with its last change. Up to 45,000 reports it is
 * one {@code urlset}; above, an index of /sitemap-1.xml, /sitemap-2.xml … (sitemaps.org's 50,000 limit).
 */
public final class SitemapResources {
    static final String XML = "application/xml; charset=UTF-8";
    private static final List<String> PAGES = List.of("/", "/search", "/regions", "/open-data", "/api-guide");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private SitemapResources() {}

    @Path("/sitemap.xml")
    public static class Whole {
        @Inject
        FeedEntries entries;

        @Inject
        RegionDirectory regions;

        @GET
        @Produces(XML)
        public Response sitemap(@Context UriInfo uri) {
            String base = FeedResources.base(uri);
            long reports = entries.countPublished();
            List<RegionSummary> all = regions.all();
            StreamingOutput body;
            if (reports <= Sitemap.REPORTS_PER_FILE) {
                body = out -> FeedResources.write(() -> {
                    try (Sitemap sitemap = Sitemap.urlset(out)) {
                        pages(sitemap, base, all);
                        entries.forEachPublished(
                                0,
                                Long.MAX_VALUE,
                                e -> sitemap.url(
                                        base + "/reports/" + e.id(), lastChange(e.publishedOn(), e.updatedAt())));
                    }
                });
            } else {
                long parts = (reports + Sitemap.REPORTS_PER_FILE - 1) / Sitemap.REPORTS_PER_FILE;
                body = out -> FeedResources.write(() -> {
                    try (Sitemap index = Sitemap.index(out)) {
                        for (long part = 1; part <= parts; part++) {
                            index.sitemap(base + "/sitemap-" + part + ".xml", null);
                        }
                    }
                });
            }
            return Response.ok(body, XML).build();
        }
    }

    @Path("/sitemap-{part}.xml")
    public static class Part {
        @Inject
        FeedEntries entries;

        @Inject
        RegionDirectory regions;

        @GET
        @Produces(XML)
        public Response part(@PathParam("part") String part, @Context UriInfo uri) {
            OptionalLong number = ReportIds.parse(part);
            long reports = entries.countPublished();
            if (number.isEmpty()
                    || reports <= Sitemap.REPORTS_PER_FILE
                    || (number.getAsLong() - 1) * Sitemap.REPORTS_PER_FILE >= reports) {
                return Response.status(404)
                        .type("text/plain; charset=UTF-8")
                        .entity("没有这一部分网站地图 (no such sitemap)")
                        .build();
            }
            String base = FeedResources.base(uri);
            long skip = (number.getAsLong() - 1) * Sitemap.REPORTS_PER_FILE;
            List<RegionSummary> all = number.getAsLong() == 1 ? regions.all() : List.of();
            StreamingOutput body = out -> FeedResources.write(() -> {
                try (Sitemap sitemap = Sitemap.urlset(out)) {
                    if (!all.isEmpty()) {
                        pages(sitemap, base, all);
                    }
                    entries.forEachPublished(
                            skip,
                            Sitemap.REPORTS_PER_FILE,
                            e -> sitemap.url(base + "/reports/" + e.id(), lastChange(e.publishedOn(), e.updatedAt())));
                }
            });
            return Response.ok(body, XML).build();
        }
    }

    private static void pages(Sitemap sitemap, String base, List<RegionSummary> regions) throws XMLStreamException {
        for (String page : PAGES) {
            sitemap.url(base + page, null);
        }
        for (RegionSummary region : regions) {
            sitemap.url(base + "/regions/" + region.code(), region.latest());
            sitemap.url(base + "/regions/" + region.code() + "/record", null);
        }
    }

    private static LocalDate lastChange(LocalDate publishedOn, java.time.OffsetDateTime updatedAt) {
        if (updatedAt == null) {
            return publishedOn;
        }
        LocalDate updated = updatedAt.atZoneSameInstant(CHINA).toLocalDate();
        return updated.isAfter(publishedOn) ? updated : publishedOn;
    }
}

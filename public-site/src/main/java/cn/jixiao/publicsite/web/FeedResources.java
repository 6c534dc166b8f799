package cn.jixiao.publicsite.web;

import cn.jixiao.publicsite.feed.AtomFeed;
import cn.jixiao.publicsite.feed.FeedEntries;
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
import java.util.Optional;

/** Atom feeds (RFC 4287): the newest published reports of every region, and of one. */
public final class FeedResources {
    static final String ATOM = "application/atom+xml; charset=UTF-8";
    static final int ENTRIES = 50;

    private FeedResources() {}

    /** The site's address as the reader reached it (behind the proxy: its forwarded host and scheme). */
    static String base(UriInfo uri) {
        String base = uri.getBaseUri().toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    @Path("/feed.xml")
    public static class AllRegions {
        @Inject
        FeedEntries entries;

        @GET
        @Produces(ATOM)
        public Response feed(@Context UriInfo uri) {
            String base = base(uri);
            var latest = entries.latest(null, ENTRIES);
            StreamingOutput body =
                    out -> write(() -> AtomFeed.write(out, base, "/feed.xml", "/", "预算绩效信息公开 · 最新公开的报告", latest));
            return Response.ok(body, ATOM).build();
        }
    }

    @Path("/regions/{code}/feed.xml")
    public static class OneRegion {
        @Inject
        FeedEntries entries;

        @Inject
        RegionDirectory regions;

        @GET
        @Produces(ATOM)
        public Response feed(@PathParam("code") String code, @Context UriInfo uri) {
            Optional<RegionSummary> region = regions.find(code);
            if (region.isEmpty()) {
                return Response.status(404)
                        .type("text/plain; charset=UTF-8")
                        .entity("未找到该地区 (region not found)")
                        .build();
            }
            String base = base(uri);
            var latest = entries.latest(code, ENTRIES);
            String self = "/regions/" + code + "/feed.xml";
            String title = region.get().name() + " · 公开的预算绩效评价报告";
            StreamingOutput body =
                    out -> write(() -> AtomFeed.write(out, base, self, "/regions/" + code, title, latest));
            return Response.ok(body, ATOM).build();
        }
    }

    interface XmlWork {
        void run() throws Exception;
    }

    static void write(XmlWork work) throws java.io.IOException {
        try {
            work.run();
        } catch (java.io.IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new java.io.IOException("writing XML failed", e);
        }
    }
}

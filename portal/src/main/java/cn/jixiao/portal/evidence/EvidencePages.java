package cn.jixiao.portal.evidence;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Download links on pages: a redirect to a fresh presigned link, so a page never holds an expiring one. */
@Path("/evidence")
public class EvidencePages {
    @Inject
    EvidenceService service;

    @GET
    @Path("/{id}/download")
    public Response download(@PathParam("id") long id) {
        return Response.seeOther(URI.create(service.link(id).url()))
                .header("Cache-Control", "no-store")
                .build();
    }
}

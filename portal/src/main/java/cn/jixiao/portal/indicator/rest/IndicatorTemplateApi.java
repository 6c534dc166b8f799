package cn.jixiao.portal.indicator.rest;

import cn.jixiao.portal.indicator.LibraryView;
import cn.jixiao.portal.indicator.TemplateInput;
import cn.jixiao.portal.indicator.TemplateService;
import cn.jixiao.portal.indicator.TemplateSummary;
import cn.jixiao.portal.indicator.TemplateView;
import cn.jixiao.portal.web.Refusals;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/indicator-templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IndicatorTemplateApi {
    @Inject
    TemplateService templates;

    /** The list and its size, as the other lists of the API answer. */
    public record Listing(List<TemplateSummary> items, int total) {}

    @GET
    @Operation(summary = "本地区的指标体系 (the region's indicator templates, active first)")
    public Listing list() {
        var items = templates.list();
        return new Listing(items, items.size());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "一个指标体系及其三级指标 (one template with its tree as a flat list, key/parentKey)")
    public TemplateView get(@PathParam("id") long id) {
        return templates.get(id);
    }

    @POST
    @Operation(
            summary =
                    "新建指标体系 (create a whole tree; finance reviewer or region admin; 400 says where it does not add up)")
    public RestResponse<TemplateView> create(@NotNull(message = Refusals.BODY_REQUIRED) TemplateInput input) {
        return RestResponse.status(Response.Status.CREATED, templates.create(input));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "替换指标体系 (replace the tree; carries the version read; evaluations keep their copy)")
    public TemplateView update(
            @PathParam("id") long id, @NotNull(message = Refusals.BODY_REQUIRED) TemplateInput input) {
        return templates.update(id, input);
    }

    @POST
    @Path("/{id}/deactivate")
    @Operation(summary = "停用 (deactivate: no new evaluation starts from it)")
    public TemplateView deactivate(
            @PathParam("id") long id, @NotNull(message = Refusals.BODY_REQUIRED) VersionInput input) {
        return templates.setActive(id, input.version(), false);
    }

    @POST
    @Path("/{id}/activate")
    @Operation(summary = "重新启用 (activate again)")
    public TemplateView activate(
            @PathParam("id") long id, @NotNull(message = Refusals.BODY_REQUIRED) VersionInput input) {
        return templates.setActive(id, input.version(), true);
    }

    @GET
    @Path("/library")
    @Operation(summary = "指标体系库 (the built-in ready templates, each with its tree and the region's copy if any)")
    public List<LibraryView> library() {
        return templates.library();
    }

    @POST
    @Path("/library/{code}/copy")
    @Consumes(MediaType.WILDCARD) // nothing to send: a bare POST (or a form's empty JSON) copies
    @Operation(summary = "复制到本地区 (copy a ready template into the region; a second copy is named \"… (2)\")")
    public RestResponse<TemplateView> copy(@PathParam("code") String code) {
        return RestResponse.status(Response.Status.CREATED, templates.copyFromLibrary(code));
    }
}

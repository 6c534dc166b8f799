package cn.jixiao.portal.people.keeping;

import cn.jixiao.portal.web.Paged;
import cn.jixiao.portal.web.Paging;
import cn.jixiao.portal.web.Refusals;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/** The region's people and their roles; ids are Keycloak's, and anyone outside the region is a 404. */
@Path("/api/people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PeopleApi {
    @Inject
    PeopleKeeper people;

    @GET
    @Operation(summary = "本地区人员及角色 (the region's people with roles and departments; admin and finance reviewers)")
    public Paged<PersonView> list(
            @QueryParam("q") @Size(max = 60, message = "搜索词最多 60 字 (q: at most 60 characters)") String q,
            @BeanParam @Valid Paging paging) {
        return people.page(q, paging.page(), paging.size(25));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "一位人员 (one person of the region)")
    public PersonView get(@PathParam("id") String id) {
        return people.get(id);
    }

    @POST
    @Operation(summary = "邀请同事 (invite a colleague: name, username, e-mail, phone, roles, departments)")
    public RestResponse<PersonView> invite(@Valid @NotNull(message = Refusals.BODY_REQUIRED) PersonInput input) {
        return RestResponse.status(Response.Status.CREATED, people.invite(input));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "修改人员信息、角色和部门 (change name, contact, roles and departments)")
    public PersonView update(
            @PathParam("id") String id, @Valid @NotNull(message = Refusals.BODY_REQUIRED) PersonInput input) {
        return people.update(id, input);
    }

    @POST
    @Path("/{id}/disable")
    @Operation(summary = "停用账号 (disable the account and sign it out)")
    public PersonView disable(@PathParam("id") String id) {
        return people.setEnabled(id, false);
    }

    @POST
    @Path("/{id}/enable")
    @Operation(summary = "启用账号 (enable the account)")
    public PersonView enable(@PathParam("id") String id) {
        return people.setEnabled(id, true);
    }

    @POST
    @Path("/{id}/remove")
    @Operation(summary = "移出本地区 (take the person off this region; an account of no region is disabled)")
    public Map<String, Object> remove(@PathParam("id") String id) {
        people.remove(id);
        return Map.of("removed", true, "message", "已移出本地区 (removed from the region)");
    }

    @POST
    @Path("/{id}/password")
    @Operation(summary = "发送设置密码链接 (e-mail a set-password link, or make a one-time password when no mail is set up)")
    public PasswordStart password(@PathParam("id") String id) {
        return people.startPassword(id);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "人员变更记录 (who changed this person's account and roles, newest first)")
    public List<PersonChange> history(@PathParam("id") String id) {
        return people.history(id);
    }
}

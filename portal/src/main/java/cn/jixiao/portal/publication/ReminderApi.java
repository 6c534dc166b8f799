package cn.jixiao.portal.publication;

import cn.jixiao.portal.web.Refusals;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/publication")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReminderApi {
    @Inject
    ReminderService reminders;

    @Inject
    UpcomingDeadlines upcoming;

    @GET
    @Path("/reminder-settings")
    @Operation(summary = "提醒天数 (days before a deadline that reminders go out; default 10 and 3)")
    public ReminderSettingsView settings() {
        return reminders.settings();
    }

    @PUT
    @Path("/reminder-settings")
    @Operation(summary = "设置提醒天数 (finance reviewer; 409 when stale)")
    public ReminderSettingsView updateSettings(
            @Valid @NotNull(message = Refusals.BODY_REQUIRED) ReminderSettingsInput input) {
        return reminders.updateSettings(input);
    }

    @GET
    @Path("/contacts/{departmentId}")
    @Operation(summary = "部门提醒邮箱 (a department's reminder address)")
    public ContactView contact(@PathParam("departmentId") long departmentId) {
        return reminders.contact(departmentId);
    }

    @PUT
    @Path("/contacts/{departmentId}")
    @Operation(summary = "设置部门提醒邮箱 (the department's editors or a finance reviewer)")
    public ContactView updateContact(
            @PathParam("departmentId") long departmentId,
            @Valid @NotNull(message = Refusals.BODY_REQUIRED) ContactInput input) {
        return reminders.updateContact(departmentId, input);
    }

    @GET
    @Path("/reminders")
    @Operation(summary = "即将到期的公开时限 (reports you owe, not yet published, due within the reminder days)")
    public List<UpcomingDeadlines.Upcoming> upcoming() {
        return upcoming.forMe();
    }

    @POST
    @Path("/reminders/run")
    @Operation(summary = "立即发送提醒 (finance reviewer: issue today's reminders not issued before)")
    public ReminderRun run() {
        return reminders.runNow();
    }
}

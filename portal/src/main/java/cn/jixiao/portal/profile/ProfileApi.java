package cn.jixiao.portal.profile;

import cn.jixiao.portal.web.FiscalYear;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A department's profile for a year: functions, units, staffing, vehicles. */
@Path("/api/departments/{id}/profile")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProfileApi {
    static final String YEAR_REQUIRED = "请提供年度 year (year is required)";

    @Inject
    ProfileService profiles;

    @GET
    @Operation(summary = "部门年度概况 (a department's profile for a year)")
    public ProfileView get(
            @PathParam("id") long id, @QueryParam("year") @NotNull(message = YEAR_REQUIRED) @FiscalYear String year) {
        return profiles.get(id, Integer.parseInt(year));
    }

    @PUT
    @Operation(summary = "填报或修改部门年度概况，须带读取时的 version (create or change the profile; send the version you read)")
    public ProfileView put(
            @PathParam("id") long id,
            @QueryParam("year") @NotNull(message = YEAR_REQUIRED) @FiscalYear String year,
            @NotNull(message = "请求内容不能为空 (a request body is required)") @Valid ProfileInput input) {
        return profiles.save(id, Integer.parseInt(year), input);
    }
}

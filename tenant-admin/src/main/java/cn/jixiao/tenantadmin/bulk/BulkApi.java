package cn.jixiao.tenantadmin.bulk;

import cn.jixiao.platform.web.ApiError;
import cn.jixiao.tenantadmin.web.InvalidInputException;
import cn.jixiao.tenantadmin.web.Roles;
import cn.jixiao.tenantadmin.web.SignedInOperator;
import cn.jixiao.tenantadmin.web.TenantAdminErrors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Bulk onboarding from a GB/T 2260 code list: upload (a preview, nothing onboarded yet), start, then
 * poll the progress; start again to resume after a stop or to retry the failed rows.
 */
@Path("/api/bulk-onboardings")
@RolesAllowed(Roles.PLATFORM_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class BulkApi {
    @Inject
    BulkService jobs;

    @Inject
    BulkRunner runner;

    @Inject
    BulkConfig config;

    @Inject
    SignedInOperator operator;

    @GET
    @Operation(summary = "最近的批量开通 (the latest bulk onboardings, without their items)")
    public List<BulkView> list() {
        return jobs.recent();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "上传行政区划代码表并预览 (upload a code list: CSV code,name[,level or parent]; answers the preview)")
    public Response upload(@RestForm("file") FileUpload file) throws IOException {
        if (file == null || file.uploadedFile() == null) {
            throw new InvalidInputException("file", "请选择要上传的代码表文件 (no file uploaded)");
        }
        long max = config.maxUploadSize().asLongValue();
        if (file.size() > max) {
            throw new WebApplicationException(TenantAdminErrors.json(
                    ApiError.of(413, "too_large", "文件太大，上限为 " + max / 1024 + " KB，请分批上传 (the file is too large)")));
        }
        if (file.size() == 0) {
            throw new InvalidInputException("file", "文件是空的 (the file is empty)");
        }
        CodeList.Parsed parsed;
        try {
            parsed = CodeList.parse(Files.readAllBytes(file.uploadedFile()), config.maxRows());
        } catch (CodeList.Unreadable e) {
            throw new InvalidInputException("file", e.getMessage());
        }
        String name = file.fileName() == null ? "codes.csv" : clean(file.fileName());
        long id = jobs.preview(name, parsed, operator.username());
        return Response.created(URI.create("/api/bulk-onboardings/" + id))
                .entity(jobs.view(id, true, false))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "预览与进度 (the preview and progress; items=false leaves the rows out)")
    public BulkView get(@PathParam("id") String id, @QueryParam("items") String items) {
        long job = id(id);
        return jobs.view(job, !"false".equals(items), runner.credentialsWaiting(job));
    }

    @POST
    @Path("{id}/start")
    @Operation(summary = "开始或继续批量开通 (start, or resume after a stop / retry failed rows)")
    public Response start(@PathParam("id") String id) {
        return Response.accepted(runner.start(id(id))).build();
    }

    @GET
    @Path("{id}/credentials")
    @Produces("text/csv")
    @Operation(summary = "下载新管理员的初始密码（仅一次）(the new administrators' initial passwords, handed out once)")
    public Response credentials(@PathParam("id") String id) {
        long job = id(id);
        BulkService.job(job);
        var taken = runner.takeCredentials(job);
        if (taken.isEmpty()) {
            throw new WebApplicationException(TenantAdminErrors.json(
                    ApiError.of(410, "gone", "没有待领取的初始密码：已下载过，或服务重启后已丢弃 (no passwords waiting: taken already)")));
        }
        var csv = new StringBuilder("\uFEFF行政区划代码,地区名称,管理员用户名,初始密码\r\n");
        taken.forEach(c -> csv.append(c.code())
                .append(',')
                .append(c.name())
                .append(',')
                .append(c.username())
                .append(',')
                .append(c.password())
                .append("\r\n"));
        return Response.ok(csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"bulk-" + job + "-passwords.csv\"")
                .build();
    }

    private static long id(String text) {
        if (text == null || !text.matches("^[0-9]{1,18}$")) {
            throw new jakarta.ws.rs.NotFoundException(BulkService.NOT_FOUND);
        }
        return Long.parseLong(text);
    }

    private static String clean(String name) {
        String cleaned = name.replaceAll("[\\p{Cntrl}\\p{Cf}]", "").strip();
        return cleaned.isEmpty() ? "codes.csv" : cleaned.length() > 200 ? cleaned.substring(0, 200) : cleaned;
    }
}

package cn.jixiao.publicsite.record;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A region's publication record as JSON. */
@Path("/api/regions/{code}/record")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "regions", description = "地区 (regions)")
public class RecordApi {
    static final String NOT_FOUND = "未找到该地区 (no such region)";

    @Inject
    RegionRecords records;

    @GET
    @Operation(
            summary = "地区报告公开记录 (per year and department: on time, late, missing or pending)",
            description = "code: 六位行政区划代码，如 150627。截止日期取财政部门规定日期与评价审核通过后 20 个工作日中较早者。")
    public RegionRecord record(@PathParam("code") String code) {
        return records.of(code).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }
}

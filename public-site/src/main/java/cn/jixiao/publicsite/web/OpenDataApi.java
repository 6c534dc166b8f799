package cn.jixiao.publicsite.web;

import cn.jixiao.publicsite.opendata.OpenData;
import cn.jixiao.publicsite.opendata.OpenDataFilter;
import cn.jixiao.publicsite.opendata.OpenDataRow;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 开放数据: every published report with its key figures, as JSON or CSV, filtered by region and year. */
@Path("/api/open-data")
@Tag(name = "open-data", description = "开放数据：已公开报告及其关键数据 (published reports and their key figures)")
public class OpenDataApi {
    static final String CSV = "text/csv; charset=UTF-8";
    static final String JSON = "application/json; charset=UTF-8";
    private static final String LICENSE =
            "依法主动公开的政府信息，可自由使用，请注明来源 (public government information; free to reuse with attribution)";

    @Inject
    OpenData openData;

    @Inject
    ObjectMapper mapper;

    @GET
    @Path("reports.json")
    @Produces(JSON)
    @Operation(summary = "已公开报告 JSON (published reports as JSON)", description = "region: 6 位地区代码；year: 年度。")
    public Response json(@QueryParam("region") String region, @QueryParam("year") String year, @Context UriInfo uri) {
        OpenDataFilter filter = OpenDataFilter.of(region, year);
        String base = FeedResources.base(uri);
        StreamingOutput body = out -> FeedResources.write(() -> {
            try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
                json.writeStartObject();
                json.writeStringField("license", LICENSE);
                json.writeObjectFieldStart("filters");
                json.writeStringField("region", filter.region());
                if (filter.year() == null) {
                    json.writeNullField("year");
                } else {
                    json.writeNumberField("year", filter.year());
                }
                json.writeEndObject();
                json.writeArrayFieldStart("reports");
                long[] count = {0};
                openData.forEach(filter, base, row -> {
                    mapper.writeValue(json, row);
                    count[0]++;
                });
                json.writeEndArray();
                json.writeNumberField("count", count[0]);
                json.writeEndObject();
            }
        });
        return Response.ok(body, JSON).build();
    }

    @GET
    @Path("reports.csv")
    @Produces(CSV)
    @Operation(summary = "已公开报告 CSV (published reports as CSV, UTF-8 with BOM for Excel)")
    public Response csv(@QueryParam("region") String region, @QueryParam("year") String year, @Context UriInfo uri) {
        OpenDataFilter filter = OpenDataFilter.of(region, year);
        String base = FeedResources.base(uri);
        StreamingOutput body = out -> FeedResources.write(() -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF'); // Excel reads UTF-8 only with the byte-order mark
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
                csv.printRecord((Object[]) OpenDataRow.HEADER);
                openData.forEach(
                        filter,
                        base,
                        row -> csv.printRecord(Arrays.stream(row.cells())
                                .map(OpenDataApi::safeCell)
                                .toArray()));
            }
        });
        return Response.ok(body, CSV)
                .header("Content-Disposition", "attachment; filename=\"" + filter.fileStem() + ".csv\"")
                .build();
    }

    /**
     * A text that starts like a formula (=, +, -, @) is kept as text, so a spreadsheet never runs a
     * title as a formula (CSV injection); numbers are left alone.
     */
    static Object safeCell(Object cell) {
        if (cell instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return cell == null ? "" : cell;
    }
}

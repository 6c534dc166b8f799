package cn.jixiao.portal.kiosk.sheet;

import cn.jixiao.portal.kiosk.PointStatus;
import cn.jixiao.portal.region.Today;
import cn.jixiao.portal.tabular.Column;
import cn.jixiao.portal.tabular.ParsedRow;
import cn.jixiao.portal.tabular.ParsedTable;
import cn.jixiao.portal.tabular.TableSpec;
import cn.jixiao.portal.transfer.ImportPlan;
import cn.jixiao.portal.transfer.Jdbc;
import cn.jixiao.portal.transfer.TransferFilter;
import cn.jixiao.portal.transfer.TransferRights;
import cn.jixiao.portal.transfer.TransferSheet;
import cn.jixiao.portal.transfer.sheet.CodedRows;
import cn.jixiao.portal.transfer.sheet.DepartmentCodes;
import cn.jixiao.portal.transfer.sheet.Labels;
import cn.jixiao.portal.transfer.sheet.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 服务点: the region's kiosk points, matched on 服务点编号 (created when new, updated otherwise).
 * Optional columns the file lacks are left as they are; an import never deletes. Every signed-in
 * user may export them; the region's admin and department editors may import.
 */
@ApplicationScoped
public class ServicePointSheet implements TransferSheet {
    static final String RESPONSIBLE = "负责单位";

    private static final List<String> OPTIONAL = List.of(
            "community",
            "longitude",
            "latitude",
            "opening_hours",
            "construction_started_on",
            "opened_on",
            "expected_open_on",
            "closed_on");

    private static final TableSpec SPEC = new TableSpec(
            "服务点",
            List.of(
                    Column.text("code", "服务点编号").required().maxLength(40).aliases("编号", "服务点代码"),
                    Column.text("name", "名称").required().maxLength(200).aliases("服务点名称"),
                    Column.text("address", "地址").required().maxLength(300).aliases("详细地址"),
                    Column.text("community", "社区").maxLength(100).aliases("所属社区"),
                    Column.decimal("longitude", "经度", "-180", "180"),
                    Column.decimal("latitude", "纬度", "-90", "90"),
                    Column.choice("open_24h", "24小时开放", Labels.YES_NO).aliases("是否24小时开放", "24小时"),
                    Column.text("opening_hours", "开放时间").maxLength(200).aliases("开放时段", "服务时间"),
                    Column.choice("status", "状态", Labels.POINT_STATUSES).aliases("建设状态"),
                    Column.date("construction_started_on", "开工日期"),
                    Column.date("opened_on", "投入使用日期").aliases("开放日期"),
                    Column.date("expected_open_on", "预计投入使用日期"),
                    Column.date("closed_on", "关闭日期"),
                    Column.text("responsible_department", RESPONSIBLE)
                            .maxLength(200)
                            .aliases("负责部门", "维护单位")));

    @Override
    public String slug() {
        return "service-points";
    }

    @Override
    public String table() {
        return "service_point";
    }

    @Override
    public String entity() {
        return "ServicePoint";
    }

    @Override
    public TableSpec spec() {
        return SPEC;
    }

    @Override
    public String matchedBy() {
        return "服务点编号";
    }

    @Override
    public boolean filtersByYear() {
        return false;
    }

    @Override
    public boolean mayImport(TransferRights rights) {
        return rights.mayEditKioskInventory();
    }

    @Override
    public String whoMayImport() {
        return "只有部门填报人或地区管理员可以维护服务点 (only department editors or the region's admin may change points)";
    }

    @Override
    public void export(Connection c, TransferFilter filter, TransferRights rights, RowSink sink)
            throws SQLException, IOException {
        String sql = """
                select p.code, p.name, p.address, p.community, p.longitude, p.latitude, p.open_24h, p.opening_hours,
                       p.status, p.construction_started_on, p.opened_on, p.expected_open_on, p.closed_on,
                       d.name as responsible_department
                  from service_point p left join department d on d.id = p.responsible_department_id
                 order by p.code""";
        Jdbc.each(c, sql, row -> sink.row(Jdbc.values(SPEC, row)));
    }

    @Override
    public ImportPlan plan(Connection c, ParsedTable table, TransferFilter filter, TransferRights rights)
            throws SQLException {
        var plan = new ImportPlan(table);
        var departments = DepartmentCodes.load(c);
        var coded = CodedRows.load(c, "service_point", "服务点编号");
        LocalDate today = Today.inChina();
        for (ParsedRow row : table.rows()) {
            if (!row.valid()) {
                plan.skipInvalid(row);
                continue;
            }
            if (!coded.firstInFile(row, plan)) {
                continue;
            }
            Long departmentId = null;
            if (table.has("responsible_department") && row.text("responsible_department") != null) {
                var named = departments.byNameOrCode(row.text("responsible_department"));
                if (named.error() != null) {
                    plan.reject(row, RESPONSIBLE, named.error());
                    continue;
                }
                departmentId = named.ref().id();
            }
            Problem problem = datesProblem(row, today);
            if (problem != null) {
                plan.reject(row, problem.header(), problem.message());
                continue;
            }
            plan.match(row, coded.existing(row), write(table, row, departmentId), defaults());
        }
        return plan;
    }

    /** Dates that cannot be (in the future, or out of order), else null. */
    private static Problem datesProblem(ParsedRow row, LocalDate today) {
        for (String key : List.of("construction_started_on", "opened_on", "closed_on")) {
            LocalDate date = row.date(key);
            if (date != null && date.isAfter(today)) {
                return new Problem(
                        SPEC.column(key).header(),
                        "日期不能晚于今天，尚未发生的日期请填在「预计投入使用日期」 " + "(the date cannot be in the future)");
            }
        }
        LocalDate started = row.date("construction_started_on");
        LocalDate opened = row.date("opened_on");
        if (started != null && opened != null && opened.isBefore(started)) {
            return new Problem("投入使用日期", "投入使用日期早于开工日期（" + started + "） (opened before construction started)");
        }
        LocalDate closed = row.date("closed_on");
        if (opened != null && closed != null && closed.isBefore(opened)) {
            return new Problem("关闭日期", "关闭日期早于投入使用日期（" + opened + "） (closed before it opened)");
        }
        return null;
    }

    private static Map<String, Object> write(ParsedTable table, ParsedRow row, Long departmentId) {
        var write = new LinkedHashMap<String, Object>();
        write.put("code", row.text("code"));
        write.put("name", row.text("name"));
        write.put("address", row.text("address"));
        for (String column : OPTIONAL) {
            if (table.has(column)) {
                write.put(column, row.value(column));
            }
        }
        if (table.has("open_24h")) {
            write.put("open_24h", "true".equals(row.value("open_24h")));
        }
        if (table.has("status")) {
            write.put("status", row.value("status") == null ? PointStatus.PLANNED.name() : row.value("status"));
        }
        if (table.has("responsible_department")) {
            write.put("responsible_department_id", departmentId);
        }
        return write;
    }

    private static Map<String, Object> defaults() {
        var defaults = new LinkedHashMap<String, Object>();
        defaults.put("open_24h", false);
        defaults.put("status", PointStatus.PLANNED.name());
        return defaults;
    }
}

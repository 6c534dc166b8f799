package cn.jixiao.portal.kiosk.sheet;

import cn.jixiao.portal.region.Today;
import cn.jixiao.portal.tabular.Column;
import cn.jixiao.portal.tabular.Headers;
import cn.jixiao.portal.tabular.ParsedRow;
import cn.jixiao.portal.tabular.ParsedTable;
import cn.jixiao.portal.tabular.TableSpec;
import cn.jixiao.portal.transfer.Action;
import cn.jixiao.portal.transfer.ImportPlan;
import cn.jixiao.portal.transfer.Jdbc;
import cn.jixiao.portal.transfer.PlannedRow;
import cn.jixiao.portal.transfer.TransferFilter;
import cn.jixiao.portal.transfer.TransferRights;
import cn.jixiao.portal.transfer.TransferSheet;
import cn.jixiao.portal.transfer.sheet.CodedRows;
import cn.jixiao.portal.transfer.sheet.Labels;
import cn.jixiao.portal.transfer.sheet.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 自助设备: kiosks matched on 设备编号. Each row is checked against the region's catalogue (type,
 * point, buying department, contract) and its lifecycle dates against the device rules; a new
 * device gets one lifecycle event per dated step, an existing one takes only descriptive fields
 * and later steps. A department editor imports the devices their department bought.
 */
@ApplicationScoped
public class DeviceSheet implements TransferSheet {
    static final String NOTE = "批量导入";
    private static final String TYPE = "设备类型";
    private static final String DEPARTMENT = "购置部门";
    private static final String CONTRACT = "合同";
    private static final String POINT = "服务点编号";

    /** Columns taken as they are when the file has them (the lifecycle ones are checked as a whole). */
    private static final List<String> PLAIN = List.of(
            "model",
            "serial_no",
            "vendor",
            "price",
            "status",
            "ordered_on",
            "delivered_on",
            "installed_on",
            "trial_started_on",
            "accepted_on",
            "acceptance_result",
            "in_service_on",
            "retired_on",
            "network_signed_off_on",
            "network_signed_off_by",
            "paid_on");

    private static final TableSpec SPEC = new TableSpec(
            "自助设备",
            List.of(
                    Column.text("code", "设备编号").required().maxLength(60).aliases("终端编号", "设备编码"),
                    Column.text("type_name", TYPE).required().maxLength(200).aliases("类型", "设备名称"),
                    Column.text("model", "型号").maxLength(200).aliases("规格型号"),
                    Column.text("serial_no", "序列号").maxLength(80).aliases("出厂编号", "SN"),
                    Column.text("vendor", "供应商").maxLength(200).aliases("厂商", "生产厂家"),
                    Column.money("price", "单价（万元）").aliases("单价", "价格（万元）"),
                    Column.text("department", DEPARTMENT)
                            .required()
                            .maxLength(200)
                            .aliases("购置单位", "采购部门"),
                    Column.text("contract", CONTRACT).maxLength(300).aliases("合同编号", "合同名称"),
                    Column.text("point_code", POINT).maxLength(40).aliases("服务点"),
                    Column.choice("status", DeviceMilestones.STATUS, Labels.DEVICE_STATUSES)
                            .required()
                            .aliases("设备状态"),
                    Column.date("ordered_on", "订购日期").required().aliases("采购日期"),
                    Column.date("delivered_on", "到货日期"),
                    Column.date("installed_on", "安装日期"),
                    Column.date("trial_started_on", "试运行日期").aliases("试运行开始日期"),
                    Column.date("accepted_on", "验收日期"),
                    Column.choice("acceptance_result", DeviceMilestones.RESULT, Labels.DEVICE_ACCEPTANCE)
                            .aliases("验收结果"),
                    Column.date("in_service_on", "投入使用日期"),
                    Column.date("retired_on", "报废日期"),
                    Column.date("network_signed_off_on", "联网验收日期"),
                    Column.text("network_signed_off_by", "联网验收人").maxLength(100),
                    Column.date("paid_on", "付款日期")));

    @Override
    public String slug() {
        return "devices";
    }

    @Override
    public String table() {
        return "device";
    }

    @Override
    public String entity() {
        return "Device";
    }

    @Override
    public TableSpec spec() {
        return SPEC;
    }

    @Override
    public String matchedBy() {
        return "设备编号";
    }

    @Override
    public boolean filtersByYear() {
        return false;
    }

    @Override
    public boolean mayImport(TransferRights rights) {
        return rights.mayImportDevices();
    }

    @Override
    public String whoMayImport() {
        return "只有购置设备的部门的填报人或地区管理员可以导入设备 (only the buying department's editors or the region's "
                + "admin may import devices)";
    }

    @Override
    public void export(Connection c, TransferFilter filter, TransferRights rights, RowSink sink)
            throws SQLException, IOException {
        String sql = """
                select d.code, t.name as type_name, d.model, d.serial_no, d.vendor, d.price, dep.name as department,
                       coalesce(k.contract_no, k.title) as contract, p.code as point_code, d.status, d.ordered_on,
                       d.delivered_on, d.installed_on, d.trial_started_on, d.accepted_on, d.acceptance_result,
                       d.in_service_on, d.retired_on, d.network_signed_off_on, d.network_signed_off_by, d.paid_on
                  from device d
                  join device_type t on t.id = d.type_id
                  join department dep on dep.id = d.department_id
                  left join contract k on k.id = d.contract_id
                  left join service_point p on p.id = d.point_id
                 where""" + " " + rights.readableDevicesSql("d") + " order by d.code";
        Jdbc.each(c, sql, row -> sink.row(Jdbc.values(SPEC, row)));
    }

    @Override
    public ImportPlan plan(Connection c, ParsedTable table, TransferFilter filter, TransferRights rights)
            throws SQLException {
        var plan = new ImportPlan(table);
        var refs = DeviceRefs.load(c);
        var coded = CodedRows.load(c, "device", "设备编号");
        LocalDate today = Today.inChina();
        for (ParsedRow row : table.rows()) {
            if (!row.valid()) {
                plan.skipInvalid(row);
                continue;
            }
            if (!coded.firstInFile(row, plan)) {
                continue;
            }
            var write = new LinkedHashMap<String, Object>();
            Problem problem = resolve(table, row, refs, rights, write);
            Map<String, Object> before = coded.existing(row);
            if (problem == null && before != null && !rights.mayWriteDeviceOf((Long) before.get("department_id"))) {
                problem = new Problem(DEPARTMENT, "该设备由其他部门购置，无权修改 (the device belongs to another department)");
            }
            if (problem != null) {
                plan.reject(row, problem.header(), problem.message());
                continue;
            }
            // the lifecycle is checked on the device as it would be: the file's columns over the record's
            var after = new HashMap<String, Object>();
            if (before != null) {
                after.putAll(before);
            }
            after.putAll(write);
            var checked = DeviceMilestones.check(after, today);
            problem = checked.ok() && before != null ? DeviceMilestones.refuseUpdate(before, after) : checked.problem();
            if (problem != null) {
                plan.reject(row, problem.header(), problem.message());
                continue;
            }
            plan.match(row, before, write, Map.of());
            plan.attach(
                    row.number(),
                    before == null
                            ? DeviceMilestones.eventsOfNew(checked, today, NOTE)
                            : DeviceMilestones.eventsOfUpdate(before, checked, today, NOTE));
        }
        return plan;
    }

    /** Fills {@code write} with the row's columns, the names resolved to ids; a problem when one is unknown. */
    private static Problem resolve(
            ParsedTable table, ParsedRow row, DeviceRefs refs, TransferRights rights, Map<String, Object> write) {
        write.put("code", row.text("code"));
        Long typeId = refs.types.get(Headers.normalize(row.text("type_name")));
        if (typeId == null) {
            return new Problem(TYPE, "设备类型「" + row.text("type_name") + "」不在本地区的设备类型目录中 (unknown device type)");
        }
        write.put("type_id", typeId);
        var department = refs.departments.byNameOrCode(row.text("department"));
        if (department.error() != null) {
            return new Problem(DEPARTMENT, department.error());
        }
        if (!rights.mayWriteDeviceOf(department.ref().id())) {
            return new Problem(DEPARTMENT, "只能导入本部门购置的设备 (you may import only devices your department bought)");
        }
        write.put("department_id", department.ref().id());
        if (table.has("contract")) {
            String contract = row.text("contract");
            List<Long> found = contract == null ? List.of() : refs.contract(contract);
            if (contract != null && found.size() != 1) {
                return new Problem(
                        CONTRACT,
                        found.isEmpty()
                                ? "合同「" + contract + "」在本地区不存在（填写合同编号或合同名称） (no such contract in the region)"
                                : "「" + contract + "」对应多份合同，请填写合同编号 (several contracts match; give the number)");
            }
            write.put("contract_id", contract == null ? null : found.get(0));
        }
        if (table.has("point_code")) {
            String point = row.text("point_code");
            Long pointId = point == null ? null : refs.points.get(point);
            if (point != null && pointId == null) {
                return new Problem(POINT, "服务点编号「" + point + "」在本地区不存在 (no such service point in the region)");
            }
            write.put("point_id", pointId);
        }
        for (String column : PLAIN) {
            if (table.has(column)) {
                write.put(column, row.value(column));
            }
        }
        return null;
    }

    @Override
    public void afterWrite(Connection c, ImportPlan plan, Map<Integer, Long> ids, TransferRights rights)
            throws SQLException {
        String sql = "insert into device_event (tenant_id, device_id, status, on_date, actor, note)"
                + " values (current_setting('app.tenant_id'), ?, ?, ?, ?, ?)";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int pending = 0;
            for (PlannedRow row : plan.rows()) {
                if (row.action() != Action.CREATE && row.action() != Action.UPDATE) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                var events = (List<DeviceMilestones.Event>) plan.attached(row.row());
                for (var event : events) {
                    Jdbc.bind(
                            s, ids.get(row.row()), event.status().name(), event.on(), rights.username(), event.note());
                    s.addBatch();
                    if (++pending % 500 == 0) {
                        s.executeBatch();
                    }
                }
            }
            s.executeBatch();
        }
    }
}

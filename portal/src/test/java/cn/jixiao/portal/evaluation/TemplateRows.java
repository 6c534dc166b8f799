package cn.jixiao.portal.evaluation;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * Indicator templates written straight into a region as the owner, for tests that must not wait for the
 * built-in library: seed 003's system as printed, and a system with seed 000's level-1 weights.
 */
final class TemplateRows {
    private TemplateRows() {}

    record Node(String name, String weight, String rule, String params, String recordKey, List<Node> children) {}

    static Node group(String name, String weight, Node... children) {
        return new Node(name, weight, null, null, null, List.of(children));
    }

    static Node checklist(String name, String weight, String... points) {
        var items = new StringBuilder("{\"bands\":[],\"items\":[");
        for (int i = 0; i < points.length; i++) {
            items.append(i == 0 ? "" : ",")
                    .append("{\"text\":\"要点")
                    .append(i + 1)
                    .append("\",\"points\":")
                    .append(points[i])
                    .append('}');
        }
        items.append("],\"cap\":null}");
        return new Node(name, weight, "CHECKLIST", items.toString(), null, List.of());
    }

    static Node leaf(String name, String weight, String rule) {
        return new Node(name, weight, rule, null, null, List.of());
    }

    static Node record(String name, String weight, String key) {
        return new Node(name, weight, "RECORD", null, key, List.of());
    }

    static Node satisfaction(String name, String weight) {
        return new Node(
                name,
                weight,
                "BANDS",
                "{\"bands\":[{\"from\":90,\"share\":1},{\"from\":80,\"share\":0.75},{\"from\":70,\"share\":0.5},{\"from\":60,\"share\":0.25}],\"items\":[],\"cap\":null}",
                null,
                List.of());
    }

    /** Seed 003's 项目支出绩效评价指标体系, every level-2 and level-3 indicator with its weight. */
    static List<Node> yichuang() {
        return List.of(
                group(
                        "项目决策",
                        "20",
                        group("项目目标", "4", checklist("目标内容", "4", "1", "1", "1", "1")),
                        group(
                                "决策过程",
                                "8",
                                checklist("决策依据", "4", "1", "1", "1", "1"),
                                checklist("决策程序", "4", "2", "1", "1")),
                        group("资金分配", "8", checklist("分配办法", "3", "1", "1", "1"), checklist("分配结果", "5", "2", "3"))),
                group(
                        "项目管理",
                        "25",
                        group("资金到位", "5", record("到位率", "3", "FUNDS_ARRIVAL_RATE"), checklist("到位时效", "2", "2")),
                        group("资金管理", "10", leaf("资金使用", "7", "MANUAL"), checklist("财务管理", "3", "1", "1", "1")),
                        group(
                                "组织实施",
                                "10",
                                checklist("组织机构", "1", "1"),
                                checklist("支撑条件", "1", "1"),
                                checklist("项目实施", "3", "1", "1", "1"),
                                checklist("管理制度", "5", "2", "3"))),
                group(
                        "项目绩效",
                        "55",
                        group(
                                "项目产出",
                                "15",
                                leaf("产出数量", "5", "PROPORTIONAL"),
                                leaf("产出质量", "4", "PROPORTIONAL"),
                                leaf("产出时效", "3", "YES_NO"),
                                leaf("产出成本", "3", "PROPORTIONAL")),
                        group(
                                "项目效果",
                                "40",
                                leaf("经济效益", "8", "MANUAL"),
                                leaf("社会效益", "8", "MANUAL"),
                                leaf("环境效益", "8", "MANUAL"),
                                leaf("可持续影响", "8", "MANUAL"),
                                satisfaction("服务对象满意度", "8"))));
    }

    /** Seed 000's level-1 weights (决策 15, 过程 20, 产出 30, 效益 35) with the kiosk rates read from the records. */
    static List<Node> kiosk() {
        return List.of(
                group(
                        "决策",
                        "15",
                        group(
                                "项目立项",
                                "5",
                                checklist("立项依据充分性", "2", "1", "1"),
                                checklist("立项程序规范性", "3", "1", "1", "1")),
                        group("绩效目标", "5", leaf("绩效目标合理性", "2", "MANUAL"), leaf("绩效指标明确性", "3", "MANUAL")),
                        group("资金投入", "5", leaf("预算编制科学性", "3", "MANUAL"), leaf("资金分配合理性", "2", "MANUAL"))),
                group(
                        "过程",
                        "20",
                        group("资金管理", "8", leaf("资金使用合规性", "8", "MANUAL")),
                        group("组织实施", "12", leaf("管理制度健全性", "4", "MANUAL"), leaf("制度执行有效性", "8", "MANUAL"))),
                group(
                        "产出",
                        "30",
                        group("产出数量", "10", leaf("服务点建成数量", "10", "MANUAL")),
                        group(
                                "产出质量",
                                "12",
                                record("设备验收合格率", "6", "DEVICE_ACCEPTED_RATE"),
                                record("设备投入使用率", "6", "DEVICE_IN_SERVICE_RATE")),
                        group("产出时效", "8", leaf("完成及时性", "8", "MANUAL"))),
                group(
                        "效益",
                        "35",
                        group("社会效益", "25", leaf("便民服务成效", "25", "MANUAL")),
                        group("满意度", "10", leaf("服务对象满意度", "10", "MANUAL"))));
    }

    /** Writes a template with these indicators into the region; returns its id. */
    static long insert(AgroalDataSource owner, String tenant, String subjectKind, String prefix, List<Node> tree)
            throws SQLException {
        try (Connection c = owner.getConnection()) {
            long id;
            try (PreparedStatement s = c.prepareStatement(
                    "insert into indicator_template (tenant_id, name, subject_kind, created_by) values (?, ?, ?, 'test') returning id")) {
                s.setString(1, tenant);
                s.setString(2, prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
                s.setString(3, subjectKind);
                id = single(s);
            }
            int position = 0;
            for (Node n : tree) {
                write(c, tenant, id, null, 1, position++, n);
            }
            return id;
        }
    }

    private static void write(Connection c, String tenant, long template, Long parent, int level, int position, Node n)
            throws SQLException {
        long id;
        try (PreparedStatement s = c.prepareStatement(
                "insert into template_indicator (tenant_id, template_id, parent_id, level, position, name, weight, rule,"
                        + " rule_params, record_key, criteria) values (?, ?, ?, ?, ?, ?, ?::numeric, ?, ?::jsonb, ?, ?) returning id")) {
            s.setString(1, tenant);
            s.setLong(2, template);
            s.setObject(3, parent);
            s.setInt(4, level);
            s.setInt(5, position);
            s.setString(6, n.name());
            s.setString(7, n.weight());
            s.setString(8, n.rule());
            s.setString(9, n.params());
            s.setString(10, n.recordKey());
            s.setString(11, n.rule() == null ? null : "按评价标准计分");
            id = single(s);
        }
        int p = 0;
        for (Node child : n.children()) {
            write(c, tenant, template, id, level + 1, p++, child);
        }
    }

    static void execute(AgroalDataSource owner, String sql, Object... args) throws SQLException {
        try (Connection c = owner.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.execute();
        }
    }

    private static long single(PreparedStatement s) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

package cn.jixiao.portal.project.web;

import cn.jixiao.portal.project.FundingLevel;
import cn.jixiao.portal.project.dto.FundLine;
import cn.jixiao.portal.project.dto.ProjectView;
import cn.jixiao.portal.web.FormField;
import cn.jixiao.portal.web.FormField.Kind;
import cn.jixiao.portal.web.Money;
import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The project form: a new project (id null) of the editor's own department, or a stored one with the
 * version read. It sends ProjectApi's JSON: the fields by name, the funds as one item per level (a row
 * left empty is not sent).
 */
public record ProjectForm(
        Long projectId,
        Department department,
        Integer version,
        List<FormField> fields,
        List<FundRow> funds,
        String economicClasses) {

    /** The department the project belongs to (fixed on the form). */
    @TemplateData
    public record Department(long id, String name) {}

    /** One funding level's row of the funds table: planned, arrived, spent. */
    @TemplateData
    public record FundRow(FundingLevel level, String label, List<FormField> amounts) {}

    private static final String[][] AMOUNTS = {
        {"planned", "计划安排"}, {"arrived", "实际到位"}, {"spent", "实际支出"},
    };

    /** The form for a stored project, or (project null) for a new one of this year. */
    static ProjectForm of(Department department, ProjectView project, int defaultYear) {
        var values = new LinkedHashMap<String, String>();
        values.put("year", String.valueOf(project == null ? defaultYear : project.year()));
        if (project != null) {
            values.put("name", project.name());
            values.put("budgetCode", orEmpty(project.budgetCode()));
            values.put("ownerName", orEmpty(project.ownerName()));
            values.put("contact", orEmpty(project.contact()));
            values.put("address", orEmpty(project.address()));
            values.put(
                    "startsOn",
                    project.startsOn() == null ? "" : project.startsOn().toString());
            values.put(
                    "endsOn", project.endsOn() == null ? "" : project.endsOn().toString());
            values.put("goals", orEmpty(project.goals()));
        }
        return new ProjectForm(
                project == null ? null : project.id(),
                department,
                project == null ? null : project.version(),
                fields(values),
                fundRows(project == null ? List.of() : project.funds()),
                project == null ? "" : String.join("\n", project.economicClasses()));
    }

    private static List<FormField> fields(Map<String, String> values) {
        return List.of(
                FormField.of("name", "项目名称", "name", "", Kind.TEXT, true, values),
                FormField.of("budgetCode", "预算编码", "budget code", "", Kind.TEXT, false, values),
                FormField.of("year", "年度", "year", "", Kind.INTEGER, true, values),
                FormField.of("ownerName", "项目负责人", "owner", "", Kind.TEXT, false, values),
                FormField.of("contact", "联络电话", "contact", "", Kind.TEXT, false, values),
                FormField.of("address", "项目地址", "address", "", Kind.TEXT, false, values),
                FormField.of("startsOn", "开始日期", "starts on", "", Kind.DATE, false, values),
                FormField.of("endsOn", "结束日期", "ends on", "", Kind.DATE, false, values),
                FormField.of("goals", "年度总体目标", "goals", "", Kind.TEXTAREA, false, values));
    }

    private static List<FundRow> fundRows(List<FundLine> stored) {
        var rows = new ArrayList<FundRow>();
        for (FundingLevel level : FundingLevel.values()) {
            var line = stored.stream().filter(l -> l.level() == level).findFirst();
            var values = new LinkedHashMap<String, String>();
            line.ifPresent(l -> {
                values.put("planned", Money.input(l.planned()));
                values.put("arrived", Money.input(l.arrived()));
                values.put("spent", Money.input(l.spent()));
            });
            var amounts = new ArrayList<FormField>();
            for (String[] amount : AMOUNTS) {
                amounts.add(FormField.of(
                        amount[0], level.label + amount[1], amount[0], Money.UNIT, Kind.DECIMAL, false, values));
            }
            rows.add(new FundRow(level, level.label, amounts));
        }
        return rows;
    }

    public boolean isNew() {
        return projectId == null;
    }

    /** Where the form sends the project: POST creates, PUT replaces. */
    public String apiAction() {
        return isNew() ? "/api/projects" : "/api/projects/" + projectId;
    }

    public String method() {
        return isNew() ? "POST" : "PUT";
    }

    public String cancel() {
        return isNew() ? "/projects" : "/projects/" + projectId;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}

package cn.jixiao.portal.profile;

import cn.jixiao.portal.department.DepartmentView;
import cn.jixiao.portal.web.FormField;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The profile page: the stored profile (null for a year without one) and, for editors, the form. */
public record ProfilePage(
        DepartmentView department,
        int year,
        ProfileView profile,
        boolean editable,
        List<FormField.Section> sections,
        Integer version,
        String message,
        boolean conflict) {

    static final String[][] STAFF = {
        {"staffQuotaAdministrative", "行政编制", "administrative posts"},
        {"staffQuotaInstitutional", "事业编制", "institutional posts"},
        {"staffActualAdministrative", "实有行政人员", "administrative staff"},
        {"staffActualInstitutional", "实有事业人员", "institutional staff"},
    };
    static final String[][] VEHICLES = {
        {"vehicleQuota", "车辆编制", "vehicle quota"},
        {"vehiclesActual", "实有车辆", "vehicles"},
    };

    /** The form's sections, from the typed text and its messages. */
    static List<FormField.Section> sections(Map<String, String> values, Map<String, String> errors) {
        return List.of(
                new FormField.Section(
                        "职能与机构 Functions and units",
                        List.of(
                                FormField.of("functions", "主要职能", "functions", "", "textarea", false, values, errors),
                                FormField.of(
                                        "internalUnits",
                                        "内设机构",
                                        "internal units",
                                        "",
                                        "textarea",
                                        false,
                                        values,
                                        errors))),
                new FormField.Section("人员编制 Staffing", counts(STAFF, "人", values, errors)),
                new FormField.Section("公务车辆 Vehicles", counts(VEHICLES, "辆", values, errors)));
    }

    static Map<String, String> values(ProfileView p) {
        if (p == null) {
            return Map.of();
        }
        return Map.of(
                "functions",
                text(p.functions()),
                "internalUnits",
                text(p.internalUnits()),
                "staffQuotaAdministrative",
                String.valueOf(p.staffQuotaAdministrative()),
                "staffQuotaInstitutional",
                String.valueOf(p.staffQuotaInstitutional()),
                "staffActualAdministrative",
                String.valueOf(p.staffActualAdministrative()),
                "staffActualInstitutional",
                String.valueOf(p.staffActualInstitutional()),
                "vehicleQuota",
                String.valueOf(p.vehicleQuota()),
                "vehiclesActual",
                String.valueOf(p.vehiclesActual()));
    }

    private static List<FormField> counts(
            String[][] fields, String unit, Map<String, String> values, Map<String, String> errors) {
        return Arrays.stream(fields)
                .map(f -> FormField.of(f[0], f[1], f[2], unit, "integer", true, values, errors))
                .toList();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}

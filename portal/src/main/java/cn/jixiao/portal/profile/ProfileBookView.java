package cn.jixiao.portal.profile;

import cn.jixiao.portal.department.DepartmentView;
import cn.jixiao.portal.region.FiscalYears.YearChoice;
import cn.jixiao.portal.web.FormField;
import cn.jixiao.portal.web.FormField.Kind;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The profile page: the stored profile (null for a year without one) and, for editors, the form that
 * PUTs to ProfileApi.
 */
public record ProfileBookView(
        DepartmentView department,
        int year,
        ProfileView profile,
        List<YearChoice> years,
        boolean editable,
        List<FormField.Section> sections,
        Integer version) {

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

    /** The form's sections, filled with the stored values. */
    static List<FormField.Section> sections(Map<String, String> values) {
        return List.of(
                new FormField.Section(
                        "职能与机构 Functions and units",
                        List.of(
                                FormField.of("functions", "主要职能", "functions", "", Kind.TEXTAREA, false, values),
                                FormField.of(
                                        "internalUnits", "内设机构", "internal units", "", Kind.TEXTAREA, false, values))),
                new FormField.Section("人员编制 Staffing", counts(STAFF, "人", values)),
                new FormField.Section("公务车辆 Vehicles", counts(VEHICLES, "辆", values)));
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

    private static List<FormField> counts(String[][] fields, String unit, Map<String, String> values) {
        return Arrays.stream(fields)
                .map(f -> FormField.of(f[0], f[1], f[2], unit, Kind.INTEGER, true, values))
                .toList();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}

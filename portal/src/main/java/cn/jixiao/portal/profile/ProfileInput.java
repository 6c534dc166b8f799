package cn.jixiao.portal.profile;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A year's profile as a client sends it; {@code version} is the one read (absent for a new year). */
public record ProfileInput(
        Integer version,
        @Size(max = 20000, message = TOO_LONG) String functions,
        @Size(max = 20000, message = TOO_LONG) String internalUnits,

        @NotNull(message = REQUIRED) @Min(value = 0, message = NOT_NEGATIVE) @Max(value = 1_000_000, message = TOO_MANY)
        Integer staffQuotaAdministrative,

        @NotNull(message = REQUIRED) @Min(value = 0, message = NOT_NEGATIVE) @Max(value = 1_000_000, message = TOO_MANY)
        Integer staffQuotaInstitutional,

        @NotNull(message = REQUIRED) @Min(value = 0, message = NOT_NEGATIVE) @Max(value = 1_000_000, message = TOO_MANY)
        Integer staffActualAdministrative,

        @NotNull(message = REQUIRED) @Min(value = 0, message = NOT_NEGATIVE) @Max(value = 1_000_000, message = TOO_MANY)
        Integer staffActualInstitutional,

        @NotNull(message = REQUIRED) @Min(value = 0, message = NOT_NEGATIVE) @Max(value = 1_000_000, message = TOO_MANY)
        Integer vehicleQuota,

        @NotNull(message = REQUIRED) @Min(value = 0, message = NOT_NEGATIVE) @Max(value = 1_000_000, message = TOO_MANY)
        Integer vehiclesActual) {

    static final String REQUIRED = "必填 (required)";
    static final String NOT_NEGATIVE = "人数或车辆数不能为负数 (must not be negative)";
    static final String TOO_MANY = "数值过大 (too large)";
    static final String TOO_LONG = "最多 20000 字 (at most 20000 characters)";

    void applyTo(DepartmentProfile p) {
        p.functions = blankToNull(functions);
        p.internalUnits = blankToNull(internalUnits);
        p.staffQuotaAdministrative = staffQuotaAdministrative;
        p.staffQuotaInstitutional = staffQuotaInstitutional;
        p.staffActualAdministrative = staffActualAdministrative;
        p.staffActualInstitutional = staffActualInstitutional;
        p.vehicleQuota = vehicleQuota;
        p.vehiclesActual = vehiclesActual;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

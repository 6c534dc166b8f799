package cn.jixiao.portal.profile;

/** A year's profile as the API, the pages and the audit log show it, with the staff totals. */
public record ProfileView(
        long id,
        long departmentId,
        int year,
        String functions,
        String internalUnits,
        int staffQuotaAdministrative,
        int staffQuotaInstitutional,
        int staffActualAdministrative,
        int staffActualInstitutional,
        int staffQuota,
        int staffActual,
        int vehicleQuota,
        int vehiclesActual,
        int version) {

    public static ProfileView of(DepartmentProfile p) {
        return new ProfileView(
                p.id,
                p.departmentId,
                p.year,
                p.functions,
                p.internalUnits,
                p.staffQuotaAdministrative,
                p.staffQuotaInstitutional,
                p.staffActualAdministrative,
                p.staffActualInstitutional,
                p.staffQuota(),
                p.staffActual(),
                p.vehicleQuota,
                p.vehiclesActual,
                p.version);
    }
}

package cn.jixiao.tenantadmin.identity;

import java.time.Instant;

/** A region's identity as the API answers it ({@code version} 0 and empty fields before the first save). */
public record IdentityView(
        String code,
        String sponsor,
        String siteCode,
        String icpRecord,
        String policeRecord,
        String contactPhone,
        String contactEmail,
        String contactAddress,
        Instant updatedAt,
        String updatedBy,
        int version) {

    static IdentityView of(String code, RegionIdentity identity) {
        if (identity == null) {
            return new IdentityView(code, null, null, null, null, null, null, null, null, null, 0);
        }
        return new IdentityView(
                code,
                identity.sponsor,
                identity.siteCode,
                identity.icpRecord,
                identity.policeRecord,
                identity.contactPhone,
                identity.contactEmail,
                identity.contactAddress,
                identity.updatedAt,
                identity.updatedBy,
                identity.version + 1);
    }
}

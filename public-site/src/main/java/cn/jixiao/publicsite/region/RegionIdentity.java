package cn.jixiao.publicsite.region;

/**
 * A region's identity on its pages, as platform operators keep it in tenant-admin: 主办单位,
 * 网站标识码, ICP备案号, 公安备案号 and contact. Any field may be absent (not shown).
 */
public record RegionIdentity(
        String regionName,
        String sponsor,
        String siteCode,
        String icpRecord,
        String policeRecord,
        String contactPhone,
        String contactEmail,
        String contactAddress) {

    /** The number in a 公安备案号 (京公网安备11010502030143号 → 11010502030143), for the record's search link. */
    public String policeRecordNumber() {
        return policeRecord == null ? "" : policeRecord.replaceAll("[^0-9]", "");
    }

    public boolean hasContact() {
        return contactPhone != null || contactEmail != null || contactAddress != null;
    }
}

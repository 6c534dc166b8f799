package cn.jixiao.portal.tenancy;

/** A tenant as the portal shows it: the region's division code, names and place in the hierarchy. */
public record Region(String code, String slug, String name, String level, String parentCode, String parentName) {

    public String levelLabel() {
        return switch (level) {
            case "PROVINCE" -> "省级";
            case "CITY" -> "市级";
            case "COUNTY" -> "县级";
            default -> level;
        };
    }
}

package cn.jixiao.tenantadmin.tenant;

import java.util.Optional;

/** The three administrative levels (行政级别) a tenant region can have, from the top down. */
public enum RegionLevel {
    PROVINCE("省级", "province"),
    CITY("市级", "city"),
    COUNTY("县级", "county");

    private final String label;
    private final String english;

    RegionLevel(String label, String english) {
        this.label = label;
        this.english = english;
    }

    public String label() {
        return label;
    }

    public String english() {
        return english;
    }

    /** The level directly above: a county sits in a city, a city in a province; a province has none. */
    public Optional<RegionLevel> parent() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    /** True when a region of this level may be the parent of one at {@code child} level. */
    public boolean isAbove(RegionLevel child) {
        return ordinal() < child.ordinal();
    }
}

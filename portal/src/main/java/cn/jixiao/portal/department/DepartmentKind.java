package cn.jixiao.portal.department;

import java.util.EnumSet;
import java.util.Set;

/** What kind of body a department is, and under which kinds it may sit. */
public enum DepartmentKind {
    BUREAU("部门 (局/委/办)"),
    UNIT("下属单位"),
    CENTER("中心"),
    TOWN("镇/街道"),
    COMMUNITY("社区/嘎查村"),
    OTHER("其他单位");

    public final String label;

    DepartmentKind(String label) {
        this.label = label;
    }

    /** The kinds a parent of this kind may have; empty when it stands at the top. */
    public Set<DepartmentKind> parentKinds() {
        return switch (this) {
            case BUREAU, TOWN -> EnumSet.noneOf(DepartmentKind.class);
            case UNIT -> EnumSet.of(BUREAU);
            case CENTER -> EnumSet.of(BUREAU, TOWN);
            case COMMUNITY -> EnumSet.of(TOWN);
            case OTHER -> EnumSet.of(BUREAU, CENTER, TOWN);
        };
    }

    /** A 单位 is always under its 部门; the others may stand alone. */
    public boolean needsParent() {
        return this == UNIT;
    }

    public static DepartmentKind parse(String value) {
        for (DepartmentKind kind : values()) {
            if (kind.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return kind;
            }
        }
        return null;
    }
}

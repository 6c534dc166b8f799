package cn.jixiao.portal.copies;

import java.util.LinkedHashSet;
import java.util.Set;

/** The names a department goes by in a narrative: its full name, its short name, and its name without the region. */
public final class DepartmentNames {
    /** Shorter names ("旗政府", "公安") are parts of too many other words to search for. */
    static final int MIN_NAME = 4;

    private DepartmentNames() {}

    public static Set<String> of(String name, String shortName, String regionName) {
        var names = new LinkedHashSet<String>();
        add(names, name);
        add(names, shortName);
        if (name != null && regionName != null && name.startsWith(regionName)) {
            add(names, name.substring(regionName.length()));
        }
        return names;
    }

    private static void add(Set<String> names, String name) {
        if (name != null && name.strip().length() >= MIN_NAME) {
            names.add(name.strip());
        }
    }
}

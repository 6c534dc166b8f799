package cn.jixiao.portal.copies;

import cn.jixiao.portal.department.Department;
import cn.jixiao.portal.report.Report;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who a report is by and whom it may name (see {@link ForeignBodyText.Bodies}): its department's names,
 * its region with the regions above and below it, the region's other departments (not the department's
 * own superior or subordinates, which a report names as such), and the platform's other regions.
 */
@ApplicationScoped
public class BodiesLoader {
    record RegionRow(String code, String name, String parent) {}

    public ForeignBodyText.Bodies load(Report report) {
        Map<String, RegionRow> regions = regions();
        RegionRow own = regions.get(report.tenantId);
        String regionName = own == null ? null : own.name();
        Department department =
                report.departmentId == null ? null : Department.<Department>findById(report.departmentId);
        Set<String> ownNames =
                department == null ? Set.of() : DepartmentNames.of(department.name, department.shortName, regionName);
        var others = new ArrayList<Set<String>>();
        for (Department d : Department.<Department>listAll()) {
            if (department != null
                    && (d.id.equals(department.id)
                            || d.id.equals(department.parentId)
                            || department.id.equals(d.parentId))) {
                continue;
            }
            others.add(DepartmentNames.of(d.name, d.shortName, regionName));
        }
        Set<String> lineage = lineage(regions, report.tenantId);
        var otherRegions = new HashSet<String>();
        for (Object name : Panache.getEntityManager()
                .createNativeQuery("select r.name from tenant t join region r on r.code = t.code")
                .getResultList()) {
            if (name != null && ((String) name).length() >= 3 && !lineage.contains(name)) {
                otherRegions.add((String) name);
            }
        }
        return new ForeignBodyText.Bodies(
                ownNames, department == null ? null : department.name, lineage, others, otherRegions);
    }

    /** The names of the region, the regions above it and the regions below it. */
    static Set<String> lineage(Map<String, RegionRow> regions, String code) {
        var names = new HashSet<String>();
        for (RegionRow r = regions.get(code); r != null; r = r.parent() == null ? null : regions.get(r.parent())) {
            names.add(r.name());
        }
        for (RegionRow r : regions.values()) {
            for (RegionRow up = r; up != null; up = up.parent() == null ? null : regions.get(up.parent())) {
                if (up.code().equals(code)) {
                    names.add(r.name());
                    break;
                }
            }
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, RegionRow> regions() {
        List<Object[]> rows = Panache.getEntityManager()
                .createNativeQuery("select code, name, parent_code from region")
                .getResultList();
        var map = new HashMap<String, RegionRow>();
        for (Object[] r : rows) {
            map.put((String) r[0], new RegionRow((String) r[0], (String) r[1], (String) r[2]));
        }
        return map;
    }
}

package cn.jixiao.portal.dashboard;

import cn.jixiao.platform.tenancy.Tenancy;
import cn.jixiao.portal.readdown.ChildRegion;
import cn.jixiao.portal.readdown.ReadDown;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.TreeSet;

/**
 * The ratio dashboards of the regions below this one, read down (see {@link ReadDown}): each child's
 * figures are computed by the same code as the child's own dashboard, in the child's tenant, read-only.
 */
@ApplicationScoped
public class RegionRatioService {
    @Inject
    ReadDown readDown;

    @Inject
    RatioService ratios;

    public RegionBooks regionBooks(int year) {
        var children = readDown.children().stream()
                .map(c -> new RegionBooks.Child(c, readDown.read(c, () -> ratios.tenantBooks(year))))
                .toList();
        return RegionBooks.of(year, children);
    }

    public RegionRatios forRegions(int year) {
        return RegionRatios.of(Tenancy.current().orElse(Tenancy.NO_TENANT), regionBooks(year));
    }

    /** One child's ratios exactly as its own GET /api/ratios answers; a region not below this one is a 404. */
    public TenantRatios forChild(String code, int year) {
        ChildRegion child = readDown.child(code);
        return readDown.read(child, () -> ratios.forTenant(year));
    }

    /** The years with a budget in any region below, newest first. */
    public List<Integer> yearsWithBudgets() {
        var years = new TreeSet<Integer>();
        for (ChildRegion c : readDown.children()) {
            years.addAll(readDown.read(c, ratios::yearsWithBudgets));
        }
        return List.copyOf(years.descendingSet());
    }
}

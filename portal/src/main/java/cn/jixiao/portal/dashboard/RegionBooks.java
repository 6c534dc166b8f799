package cn.jixiao.portal.dashboard;

import cn.jixiao.portal.ratio.RatioSet;
import cn.jixiao.portal.readdown.ChildRegion;
import java.util.List;

/**
 * A parent region's view of the regions below it for one year: each child's books as the child's own
 * dashboard computes them, and the sum over the children (numerators and denominators summed).
 */
public record RegionBooks(int year, List<Child> children, RatioSet total) {

    public record Child(ChildRegion region, TenantBooks books) {}

    static RegionBooks of(int year, List<Child> children) {
        return new RegionBooks(
                year,
                List.copyOf(children),
                RatioSet.aggregate(children.stream().map(c -> c.books().total()).toList()));
    }

    public int departmentsWithBooks() {
        return children.stream().mapToInt(c -> c.books().departmentsWithBooks()).sum();
    }

    public boolean empty() {
        return departmentsWithBooks() == 0;
    }
}

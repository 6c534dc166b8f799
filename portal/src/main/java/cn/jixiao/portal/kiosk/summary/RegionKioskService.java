package cn.jixiao.portal.kiosk.summary;

import cn.jixiao.platform.tenancy.Tenancy;
import cn.jixiao.portal.readdown.ChildRegion;
import cn.jixiao.portal.readdown.ReadDown;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/**
 * The kiosk summaries of the regions below this one, read down (see {@link ReadDown}): each child's
 * summary is computed by the same code as its own, in the child's tenant, read-only.
 */
@ApplicationScoped
public class RegionKioskService {
    @Inject
    ReadDown readDown;

    @Inject
    KioskSummaryService summaries;

    public RegionKiosks forRegions(int year, LocalDate today) {
        var regions = readDown.children().stream()
                .map(c -> new RegionKiosks.Child(
                        c.code(),
                        c.name(),
                        c.level(),
                        RegionKiosks.Figures.of(readDown.read(c, () -> summaries.summary(year, today)))))
                .toList();
        return RegionKiosks.of(
                year, SummaryScope.asOf(year, today), Tenancy.current().orElse(Tenancy.NO_TENANT), regions);
    }

    /** One child's summary exactly as its own GET /api/kiosks/summary answers; a region not below is a 404. */
    public KioskSummary forChild(String code, int year, LocalDate today) {
        ChildRegion child = readDown.child(code);
        return readDown.read(child, () -> summaries.summary(year, today));
    }

    /** The years with kiosks in any region below, newest first. */
    public List<Integer> years(LocalDate today) {
        var years = new TreeSet<Integer>();
        for (ChildRegion c : readDown.children()) {
            years.addAll(readDown.read(c, () -> summaries.years(today)));
        }
        return List.copyOf(years.descendingSet());
    }
}

package cn.jixiao.portal.finding.books;

import cn.jixiao.platform.demo.DemoDataConfig;
import cn.jixiao.platform.tenancy.Tenancy;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/**
 * At start, after the demo evaluations and reports (priority 400), the books recheck of the demo years
 * whose books the demo data carries (db/demo/11_books.sql, 05_projects.sql, 08_targets.sql), as the
 * region's finance reviewer would run it: 伊金霍洛旗 2021 (seed 001) and 2022 (seed 000), 岳阳市 2019 (seed
 * 003). Rerunning it changes nothing but the last-seen times.
 */
@ApplicationScoped
public class DemoBooks {
    /** A region and a year to check. */
    record RegionYear(String tenant, int year) {}

    static final List<RegionYear> YEARS =
            List.of(new RegionYear("150627", 2021), new RegionYear("150627", 2022), new RegionYear("430600", 2019));

    @Inject
    DemoDataConfig config;

    @Inject
    BooksChecks checks;

    @ActivateRequestContext
    void onStart(@Observes @Priority(400) StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        for (RegionYear y : YEARS) {
            try {
                BooksChecks.Result result = Tenancy.runAs(
                        y.tenant(), () -> QuarkusTransaction.requiringNew().call(() -> checks.recheck(y.year())));
                Log.infof("demo books of %s %d checked: %s", y.tenant(), y.year(), result.openByCode());
            } catch (Exception e) {
                Log.warnf("demo books of %s %d not checked: %s", y.tenant(), y.year(), e.getMessage());
            }
        }
    }
}

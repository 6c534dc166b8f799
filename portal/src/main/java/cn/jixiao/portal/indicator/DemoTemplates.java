package cn.jixiao.portal.indicator;

import cn.jixiao.platform.demo.DemoDataConfig;
import cn.jixiao.platform.tenancy.Tenancy;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * With the demo data on, copies into each demo region the ready templates its seed documents use,
 * unless the region has a copy already (a start after the first changes nothing). Runs after the
 * platform's demo loader (priority 50, which makes the regions) and before the evaluations' demo data
 * (priority 200), which starts evaluations from these copies.
 */
@Singleton
public class DemoTemplates {
    public static final int PRIORITY = 100;

    static final String ACTOR = "demo-data";

    /** Region → the library codes it uses. */
    static final Map<String, List<String>> BY_REGION = new LinkedHashMap<>();

    static {
        BY_REGION.put(
                "150627", List.of("yijinhuoluo-kiosk-2022", "yijinhuoluo-department-2021", "national-project-self"));
        BY_REGION.put("530500", List.of("national-project-self", "national-department-self"));
        BY_REGION.put("430600", List.of("yueyang-yichuang-2020", "national-project-self"));
    }

    @Inject
    DemoDataConfig demo;

    @Inject
    TemplateService templates;

    void onStart(@Observes @Priority(PRIORITY) StartupEvent event) throws Exception {
        if (!demo.enabled()) {
            return;
        }
        int copied = 0;
        for (var region : BY_REGION.entrySet()) {
            for (String code : region.getValue()) {
                if (Tenancy.runAs(region.getKey(), () -> templates.ensureCopied(code, ACTOR))) {
                    copied++;
                }
            }
        }
        Log.infof("demo indicator templates: %d copied from the library", copied);
    }
}

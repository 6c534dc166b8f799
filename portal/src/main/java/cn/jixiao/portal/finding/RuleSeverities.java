package cn.jixiao.portal.finding;

import cn.jixiao.portal.region.RegionSettings;
import java.util.Map;

/**
 * The severity a rule has in the current region: the rule's default, unless the region raised or lowered
 * it (tenant_setting.check_severity, set by a finance reviewer or the region's admin). Read once per
 * recheck.
 */
public final class RuleSeverities {
    private final Map<String, String> overrides;

    private RuleSeverities(Map<String, String> overrides) {
        this.overrides = overrides == null ? Map.of() : overrides;
    }

    /** The current region's severities. */
    public static RuleSeverities current() {
        return new RuleSeverities(
                RegionSettings.current().map(s -> s.checkSeverity).orElse(Map.of()));
    }

    public static RuleSeverities defaults() {
        return new RuleSeverities(Map.of());
    }

    public Severity of(Rule rule) {
        String chosen = overrides.get(rule.code());
        if (chosen != null) {
            for (Severity s : Severity.values()) {
                if (s.name().equals(chosen)) {
                    return s;
                }
            }
        }
        return rule.severity();
    }

    /** Whether the region changed the rule's default. */
    public boolean adjusted(Rule rule) {
        return of(rule) != rule.severity();
    }
}

package cn.jixiao.portal.contract;

import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.audit.AuditTrail;
import cn.jixiao.portal.region.RegionSettings;
import cn.jixiao.portal.web.Money;
import cn.jixiao.portal.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;

/** The region's 采购限额标准: read by everyone in the region, set by its admin or finance reviewer. */
@ApplicationScoped
public class ThresholdService {
    static final String ENTITY = "ProcurementThreshold";

    @Inject
    ProcurementConfig config;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Transactional
    public ThresholdView current() {
        return RegionSettings.current()
                .map(ThresholdService::view)
                .orElse(new ThresholdView(
                        Money.plain(config.defaultThreshold()), Money.UNIT, false, RegionSettings.NOT_SET));
    }

    /** The threshold in 万元, for the flags (inside the caller's transaction). */
    public BigDecimal threshold() {
        return RegionSettings.current().map(s -> s.procurementThreshold).orElse(config.defaultThreshold());
    }

    @Transactional
    public ThresholdView update(ThresholdInput input) {
        access.requireRegionSettingsKeeper("采购限额标准");
        ThresholdView before =
                RegionSettings.current().map(ThresholdService::view).orElse(null);
        Versions.require(input.version(), RegionSettings.currentVersion());
        RegionSettings settings = RegionSettings.forUpdate();
        settings.procurementThreshold = input.procurementThreshold();
        settings.save();
        var after = view(settings);
        audit.record("UPDATE", ENTITY, null, before, after);
        return after;
    }

    private static ThresholdView view(RegionSettings s) {
        return new ThresholdView(Money.plain(s.procurementThreshold), Money.UNIT, true, s.version);
    }
}

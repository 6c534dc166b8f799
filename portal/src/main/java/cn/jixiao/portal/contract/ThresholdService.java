package cn.jixiao.portal.contract;

import cn.jixiao.platform.tenancy.Tenancy;
import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.audit.AuditTrail;
import cn.jixiao.portal.web.Money;
import cn.jixiao.portal.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Optional;

/** The region's 采购限额标准: read by everyone in the region, set by its admin or finance reviewer. */
@ApplicationScoped
public class ThresholdService {
    static final String ENTITY = "ProcurementThreshold";
    /** The version shown while the region has no row: the first save must send it, later ones the row's. */
    static final int NOT_SET = -1;

    @Inject
    ProcurementConfig config;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Transactional
    public ThresholdView current() {
        return setting()
                .map(ThresholdService::view)
                .orElse(new ThresholdView(Money.plain(config.defaultThreshold()), Money.UNIT, false, NOT_SET));
    }

    /** The threshold in 万元, for the flags (inside the caller's transaction). */
    public BigDecimal threshold() {
        return setting().map(s -> s.procurementThreshold).orElse(config.defaultThreshold());
    }

    @Transactional
    public ThresholdView update(ThresholdInput input) {
        access.requireRegionSettingsKeeper("采购限额标准");
        Optional<ProcurementSetting> existing = setting();
        ThresholdView before = existing.map(ThresholdService::view).orElse(null);
        Versions.require(input.version(), existing.map(s -> s.version).orElse(NOT_SET));
        ProcurementSetting setting = existing.orElseGet(() -> {
            var created = new ProcurementSetting();
            created.tenantId = Tenancy.current().orElseThrow();
            return created;
        });
        setting.procurementThreshold = input.procurementThreshold();
        setting.persist();
        ProcurementSetting.getEntityManager().flush();
        var after = view(setting);
        audit.record("UPDATE", ENTITY, null, before, after);
        return after;
    }

    private static Optional<ProcurementSetting> setting() {
        return Tenancy.current().flatMap(code -> ProcurementSetting.<ProcurementSetting>findByIdOptional(code));
    }

    private static ThresholdView view(ProcurementSetting s) {
        return new ThresholdView(Money.plain(s.procurementThreshold), Money.UNIT, true, s.version);
    }
}

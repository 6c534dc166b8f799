package cn.jixiao.portal.kiosk.service;

import cn.jixiao.platform.tenancy.Tenancy;
import cn.jixiao.portal.audit.AuditTrail;
import cn.jixiao.portal.kiosk.KioskAccess;
import cn.jixiao.portal.kiosk.KioskSetting;
import cn.jixiao.portal.kiosk.dto.KioskSettingsInput;
import cn.jixiao.portal.kiosk.dto.KioskSettingsView;
import cn.jixiao.portal.web.Refusals;
import cn.jixiao.portal.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Which unit signs off kiosks' network hook-up: read by everyone, set by the region's admin or finance reviewer. */
@ApplicationScoped
public class KioskSettingsService {
    static final String ENTITY = "KioskSetting";
    static final int NOT_SET = -1;

    @Inject
    KioskAccess access;

    @Inject
    KioskNames names;

    @Inject
    AuditTrail audit;

    @Transactional
    public KioskSettingsView current() {
        return setting().map(this::view).orElse(new KioskSettingsView(null, null, false, NOT_SET));
    }

    @Transactional
    public KioskSettingsView update(KioskSettingsInput input) {
        access.access().requireRegionSettingsKeeper("联网验收单位");
        Optional<KioskSetting> existing = setting();
        Versions.require(input.version(), existing.map(s -> s.version).orElse(NOT_SET));
        Long department = input.networkSignOffDepartmentId();
        if (department != null && names.department(department).isEmpty()) {
            throw Refusals.invalid("networkSignOffDepartmentId", "单位不存在 (no such department)");
        }
        var before = existing.map(this::view).orElse(null);
        KioskSetting setting = existing.orElseGet(() -> {
            var created = new KioskSetting();
            created.tenantId = Tenancy.current().orElseThrow();
            return created;
        });
        setting.networkSignOffDepartmentId = department;
        setting.persist();
        KioskSetting.getEntityManager().flush();
        var after = view(setting);
        audit.record("UPDATE", ENTITY, null, before, after);
        return after;
    }

    private static Optional<KioskSetting> setting() {
        return Tenancy.current().flatMap(code -> KioskSetting.<KioskSetting>findByIdOptional(code));
    }

    private KioskSettingsView view(KioskSetting s) {
        return new KioskSettingsView(
                s.networkSignOffDepartmentId,
                names.department(s.networkSignOffDepartmentId).orElse(null),
                true,
                s.version);
    }
}

package cn.jixiao.portal.kiosk.service;

import cn.jixiao.portal.audit.AuditTrail;
import cn.jixiao.portal.kiosk.KioskAccess;
import cn.jixiao.portal.kiosk.dto.KioskSettingsInput;
import cn.jixiao.portal.kiosk.dto.KioskSettingsView;
import cn.jixiao.portal.region.RegionSettings;
import cn.jixiao.portal.web.Refusals;
import cn.jixiao.portal.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Which unit signs off kiosks' network hook-up: read by everyone, set by the region's admin or finance reviewer. */
@ApplicationScoped
public class KioskSettingsService {
    static final String ENTITY = "KioskSetting";

    @Inject
    KioskAccess access;

    @Inject
    KioskNames names;

    @Inject
    AuditTrail audit;

    @Transactional
    public KioskSettingsView current() {
        return RegionSettings.current()
                .map(this::view)
                .orElse(new KioskSettingsView(null, null, false, RegionSettings.NOT_SET));
    }

    @Transactional
    public KioskSettingsView update(KioskSettingsInput input) {
        access.access().requireRegionSettingsKeeper("联网验收单位");
        Versions.require(input.version(), RegionSettings.currentVersion());
        Long department = input.networkSignOffDepartmentId();
        if (department != null && names.department(department).isEmpty()) {
            throw Refusals.invalid("networkSignOffDepartmentId", "单位不存在 (no such department)");
        }
        var before = RegionSettings.current().map(this::view).orElse(null);
        RegionSettings settings = RegionSettings.forUpdate();
        settings.networkSignOffDepartmentId = department;
        settings.save();
        var after = view(settings);
        audit.record("UPDATE", ENTITY, null, before, after);
        return after;
    }

    private KioskSettingsView view(RegionSettings s) {
        return new KioskSettingsView(
                s.networkSignOffDepartmentId,
                names.department(s.networkSignOffDepartmentId).orElse(null),
                true,
                s.version);
    }
}

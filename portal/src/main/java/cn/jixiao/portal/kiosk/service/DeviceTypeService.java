package cn.jixiao.portal.kiosk.service;

import cn.jixiao.portal.audit.AuditTrail;
import cn.jixiao.portal.kiosk.Device;
import cn.jixiao.portal.kiosk.DeviceType;
import cn.jixiao.portal.kiosk.KioskAccess;
import cn.jixiao.portal.kiosk.dto.DeviceTypeInput;
import cn.jixiao.portal.kiosk.dto.DeviceTypeView;
import cn.jixiao.portal.web.Refusals;
import cn.jixiao.portal.web.Versions;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** The region's device-type catalogue: read by everyone, kept by its admin and department editors. */
@ApplicationScoped
public class DeviceTypeService {
    static final String ENTITY = "DeviceType";
    static final String NOT_FOUND = "设备类型不存在 (no such device type)";

    @Inject
    KioskAccess access;

    @Inject
    AuditTrail audit;

    @Transactional
    public List<DeviceTypeView> list() {
        Map<Long, Long> counts = deviceCounts();
        return DeviceType.<DeviceType>listAll(Sort.by("name").and("id")).stream()
                .map(t -> DeviceTypeView.of(t, counts.getOrDefault(t.id, 0L)))
                .toList();
    }

    @Transactional
    public DeviceTypeView view(long id) {
        return view(find(id));
    }

    @Transactional
    public DeviceTypeView create(DeviceTypeInput input) {
        access.requireInventoryEditor();
        checkNameFree(input.name(), null);
        var type = new DeviceType();
        apply(type, input);
        type.persist();
        var after = view(type);
        audit.record("CREATE", ENTITY, type.id, null, after);
        return after;
    }

    @Transactional
    public DeviceTypeView update(long id, DeviceTypeInput input) {
        DeviceType type = find(id);
        access.requireInventoryEditor();
        Versions.require(input.version(), type.version);
        checkNameFree(input.name(), type.id);
        var before = view(type);
        apply(type, input);
        DeviceType.getEntityManager().flush();
        var after = view(type);
        audit.record("UPDATE", ENTITY, type.id, before, after);
        return after;
    }

    private DeviceType find(long id) {
        return DeviceType.<DeviceType>findByIdOptional(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    private static DeviceTypeView view(DeviceType type) {
        return DeviceTypeView.of(type, Device.count("typeId", type.id));
    }

    private static Map<Long, Long> deviceCounts() {
        Map<Long, Long> counts = new HashMap<>();
        for (Tuple row : Device.getEntityManager()
                .createQuery("select d.typeId, count(d) from Device d group by d.typeId", Tuple.class)
                .getResultList()) {
            counts.put(row.get(0, Long.class), row.get(1, Long.class));
        }
        return counts;
    }

    private static void apply(DeviceType type, DeviceTypeInput input) {
        type.name = input.name().strip();
        // the same service listed twice is one service; order as typed
        var services = new LinkedHashSet<String>();
        if (input.services() != null) {
            input.services().forEach(s -> services.add(s.strip()));
        }
        type.services = services.toArray(String[]::new);
    }

    private static void checkNameFree(String name, Long self) {
        boolean taken = DeviceType.<DeviceType>find("name", name.strip())
                .firstResultOptional()
                .filter(t -> !t.id.equals(self))
                .isPresent();
        if (taken) {
            throw Refusals.conflict("duplicate_name", "设备类型“" + name.strip() + "”已存在 (a type with this name exists)");
        }
    }
}

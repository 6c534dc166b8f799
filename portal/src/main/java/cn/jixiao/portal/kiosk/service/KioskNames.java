package cn.jixiao.portal.kiosk.service;

import cn.jixiao.portal.contract.Contract;
import cn.jixiao.portal.department.Department;
import cn.jixiao.portal.kiosk.DeviceType;
import cn.jixiao.portal.kiosk.ServicePoint;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The names the kiosk views show beside ids (departments, types, points, contracts), fetched per
 * page in one query each. Runs inside the caller's transaction; the tenancy locks limit every query.
 */
@ApplicationScoped
public class KioskNames {

    public Map<Long, String> departments() {
        Map<Long, String> names = new HashMap<>();
        for (Department d : Department.<Department>listAll()) {
            names.put(d.id, d.name);
        }
        return names;
    }

    public Optional<String> department(Long id) {
        return id == null
                ? Optional.empty()
                : Department.<Department>findByIdOptional(id).map(d -> d.name);
    }

    public Map<Long, String> types() {
        return DeviceType.<DeviceType>listAll().stream().collect(Collectors.toMap(t -> t.id, t -> t.name));
    }

    public Map<Long, ServicePoint> points(Collection<Long> ids) {
        List<Long> wanted = ids.stream().filter(id -> id != null).distinct().toList();
        return wanted.isEmpty()
                ? new HashMap<>()
                : ServicePoint.<ServicePoint>list("id in ?1", wanted).stream()
                        .collect(Collectors.toMap(p -> p.id, Function.identity()));
    }

    public Map<Long, Contract> contracts(Collection<Long> ids) {
        List<Long> wanted = ids.stream().filter(id -> id != null).distinct().toList();
        return wanted.isEmpty()
                ? new HashMap<>()
                : Contract.<Contract>list("id in ?1", wanted).stream()
                        .collect(Collectors.toMap(c -> c.id, Function.identity()));
    }
}

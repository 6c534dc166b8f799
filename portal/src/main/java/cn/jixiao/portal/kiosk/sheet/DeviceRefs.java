package cn.jixiao.portal.kiosk.sheet;

import cn.jixiao.portal.tabular.Headers;
import cn.jixiao.portal.transfer.Jdbc;
import cn.jixiao.portal.transfer.sheet.DepartmentCodes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a device row names, by the names people write: types, points, departments and contracts of the region. */
final class DeviceRefs {
    final Map<String, Long> types = new HashMap<>();
    final Map<String, Long> points = new HashMap<>();
    final Map<String, List<Long>> contractsByNo = new HashMap<>();
    final Map<String, List<Long>> contractsByTitle = new HashMap<>();
    DepartmentCodes departments;

    static DeviceRefs load(Connection c) throws SQLException {
        var refs = new DeviceRefs();
        refs.departments = DepartmentCodes.load(c);
        for (var row : Jdbc.query(c, "select id, name from device_type")) {
            refs.types.put(Headers.normalize((String) row.get("name")), (Long) row.get("id"));
        }
        for (var row : Jdbc.query(c, "select id, code from service_point")) {
            refs.points.put((String) row.get("code"), (Long) row.get("id"));
        }
        for (var row : Jdbc.query(c, "select id, contract_no, title from contract")) {
            Long id = (Long) row.get("id");
            if (row.get("contract_no") != null) {
                refs.contractsByNo
                        .computeIfAbsent((String) row.get("contract_no"), k -> new ArrayList<>())
                        .add(id);
            }
            refs.contractsByTitle
                    .computeIfAbsent((String) row.get("title"), k -> new ArrayList<>())
                    .add(id);
        }
        return refs;
    }

    /** The contracts a cell names: by number first, else by title. */
    List<Long> contract(String text) {
        List<Long> byNo = contractsByNo.get(text);
        return byNo != null ? byNo : contractsByTitle.getOrDefault(text, List.of());
    }
}

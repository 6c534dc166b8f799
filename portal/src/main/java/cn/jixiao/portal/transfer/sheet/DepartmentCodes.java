package cn.jixiao.portal.transfer.sheet;

import cn.jixiao.portal.transfer.Jdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The region's departments by code and by id (a region has tens to a few hundred). */
final class DepartmentCodes {
    record Ref(long id, String code, String name) {
    }

    private final Map<String, Ref> byCode = new HashMap<>();
    private final Map<Long, Ref> byId = new HashMap<>();

    static DepartmentCodes load(Connection c) throws SQLException {
        var codes = new DepartmentCodes();
        for (var row : Jdbc.query(c, "select id, code, name from department")) {
            var ref = new Ref((Long) row.get("id"), (String) row.get("code"), (String) row.get("name"));
            codes.byCode.put(ref.code(), ref);
            codes.byId.put(ref.id(), ref);
        }
        return codes;
    }

    Optional<Ref> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    Ref byId(long id) {
        return byId.get(id);
    }

    static String unknown(String code) {
        return "部门编码「" + code + "」在本地区不存在 (no department with this code in the region)";
    }

    static final String FOREIGN = "无权导入其他部门的数据 (you may not import another department's data)";
}

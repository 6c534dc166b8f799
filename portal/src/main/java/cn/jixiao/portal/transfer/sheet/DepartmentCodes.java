package cn.jixiao.portal.transfer.sheet;

import cn.jixiao.portal.tabular.Headers;
import cn.jixiao.portal.transfer.Jdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The region's departments by code, by id, and by full or short name (a region has tens to a few hundred). */
public final class DepartmentCodes {
    public record Ref(long id, String code, String name) {}

    /** A department named in a cell, or why none could be chosen. */
    public record Named(Ref ref, String error) {}

    private final Map<String, Ref> byCode = new HashMap<>();
    private final Map<Long, Ref> byId = new HashMap<>();
    private final Map<String, List<Ref>> byName = new HashMap<>();

    public static DepartmentCodes load(Connection c) throws SQLException {
        var codes = new DepartmentCodes();
        for (var row : Jdbc.query(c, "select id, code, name, short_name from department")) {
            var ref = new Ref((Long) row.get("id"), (String) row.get("code"), (String) row.get("name"));
            codes.byCode.put(ref.code(), ref);
            codes.byId.put(ref.id(), ref);
            var names = new LinkedHashSet<String>();
            names.add(Headers.normalize(ref.name()));
            if (row.get("short_name") != null) {
                names.add(Headers.normalize((String) row.get("short_name")));
            }
            names.forEach(
                    n -> codes.byName.computeIfAbsent(n, k -> new ArrayList<>()).add(ref));
        }
        return codes;
    }

    Optional<Ref> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    Ref byId(long id) {
        return byId.get(id);
    }

    /** By code first, then by full name or short name (旗政务服务局); a name two departments share is refused. */
    public Named byNameOrCode(String text) {
        Ref coded = byCode.get(text);
        if (coded != null) {
            return new Named(coded, null);
        }
        List<Ref> named = byName.getOrDefault(Headers.normalize(text), List.of());
        if (named.size() == 1) {
            return new Named(named.get(0), null);
        }
        if (named.size() > 1) {
            return new Named(null, "「" + text + "」对应多个部门，请填写部门编码 (several departments have this name; use the code)");
        }
        return new Named(
                null, "「" + text + "」不是本地区的部门（可填写部门全称、简称或编码） (no department of the region " + "has this name or code)");
    }

    static String unknown(String code) {
        return "部门编码「" + code + "」在本地区不存在 (no department with this code in the region)";
    }

    static final String FOREIGN = "无权导入其他部门的数据 (you may not import another department's data)";
}

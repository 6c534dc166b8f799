package cn.jixiao.portal.project;

import cn.jixiao.portal.access.ReadScope;
import io.quarkus.panache.common.Parameters;

/** Which projects a list shows: the user's read scope (see Access#listScope), narrowed to a year. */
public record ProjectFilter(ReadScope scope, Integer year) {

    String query() {
        return where().query();
    }

    Parameters parameters() {
        return where().parameters();
    }

    private ReadScope.Where where() {
        return scope.where("departmentId", "id").and("year = :year", "year", year);
    }
}

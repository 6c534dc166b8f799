package cn.jixiao.portal.contract;

import cn.jixiao.portal.access.ReadScope;
import io.quarkus.panache.common.Parameters;

/** Which contracts a list shows: the user's read scope (see Access#listScope), narrowed to a project. */
public record ContractFilter(ReadScope scope, Long projectId) {

    String query() {
        return where().query();
    }

    Parameters parameters() {
        return where().parameters();
    }

    private ReadScope.Where where() {
        return scope.where("departmentId", "projectId").and("projectId = :project", "project", projectId);
    }
}

package cn.jixiao.portal.contract;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;

/** Which contracts a list shows: what was asked for, narrowed to what the user may read. */
public record ContractFilter(Long departmentId, Long projectId, String assignedTo, boolean nothing) {

    public static ContractFilter of(Long departmentId, Long projectId) {
        return new ContractFilter(departmentId, projectId, null, false);
    }

    public static ContractFilter none() {
        return new ContractFilter(null, null, null, true);
    }

    public ContractFilter assignedTo(String username) {
        return new ContractFilter(departmentId, projectId, username, false);
    }

    public ContractFilter inDepartment(long department) {
        return new ContractFilter(department, projectId, assignedTo, nothing);
    }

    String query() {
        List<String> terms = new ArrayList<>();
        if (nothing) {
            terms.add("1 = 0");
        }
        if (departmentId != null) {
            terms.add("departmentId = :department");
        }
        if (projectId != null) {
            terms.add("projectId = :project");
        }
        if (assignedTo != null) {
            terms.add("projectId in (select a.projectId from ProjectAssignment a where a.username = :assignee)");
        }
        return terms.isEmpty() ? "1 = 1" : String.join(" and ", terms);
    }

    Parameters parameters() {
        var parameters = new Parameters();
        if (departmentId != null) {
            parameters.and("department", departmentId);
        }
        if (projectId != null) {
            parameters.and("project", projectId);
        }
        if (assignedTo != null) {
            parameters.and("assignee", assignedTo);
        }
        return parameters;
    }
}

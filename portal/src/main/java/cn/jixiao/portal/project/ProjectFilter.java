package cn.jixiao.portal.project;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;

/**
 * Which projects a list shows: what the user asked for (department, year), narrowed to what they
 * may read (a department editor their department, an evaluator the projects assigned to them).
 */
public record ProjectFilter(Long departmentId, Integer year, String assignedTo, boolean nothing) {

    public static ProjectFilter of(Long departmentId, Integer year) {
        return new ProjectFilter(departmentId, year, null, false);
    }

    public ProjectFilter assignedTo(String username) {
        return new ProjectFilter(departmentId, year, username, false);
    }

    public static ProjectFilter none() {
        return new ProjectFilter(null, null, null, true);
    }

    String query() {
        List<String> terms = new ArrayList<>();
        if (nothing) {
            terms.add("1 = 0");
        }
        if (departmentId != null) {
            terms.add("departmentId = :department");
        }
        if (year != null) {
            terms.add("year = :year");
        }
        if (assignedTo != null) {
            terms.add("id in (select a.projectId from ProjectAssignment a where a.username = :assignee)");
        }
        return terms.isEmpty() ? "1 = 1" : String.join(" and ", terms);
    }

    Parameters parameters() {
        var parameters = new Parameters();
        if (departmentId != null) {
            parameters.and("department", departmentId);
        }
        if (year != null) {
            parameters.and("year", year);
        }
        if (assignedTo != null) {
            parameters.and("assignee", assignedTo);
        }
        return parameters;
    }
}

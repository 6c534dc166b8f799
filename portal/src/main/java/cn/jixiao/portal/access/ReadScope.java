package cn.jixiao.portal.access;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;

/**
 * The one rule for what a list shows a user, as a JPQL condition: a department asked for (or the
 * user's own), the projects assigned to an evaluator, or nothing. {@link Access#listScope} makes it;
 * a feature's filter adds its own criteria (year, project) with {@link #and}.
 */
public record ReadScope(Long departmentId, String assignee, List<String> firms, boolean nothing) {

    static ReadScope department(Long departmentId) {
        return new ReadScope(departmentId, null, List.of(), false);
    }

    /** An evaluator's projects: assigned to them by name, or to an evaluation firm they work for. */
    static ReadScope assignedTo(String username, List<String> firms) {
        return new ReadScope(null, username, List.copyOf(firms), false);
    }

    static ReadScope none() {
        return new ReadScope(null, null, List.of(), true);
    }

    /** Never an empty IN list: a firm alias nobody has stands in for none. */
    private List<String> firmsOrNone() {
        return firms.isEmpty() ? List.of("") : firms;
    }

    /** Conditions and their parameters, built on this scope. */
    public Where where(String departmentColumn, String projectIdColumn) {
        var where = new Where(new ArrayList<>(), new Parameters());
        if (nothing) {
            where.terms.add("1 = 0");
        }
        if (departmentId != null) {
            where.and(departmentColumn + " = :scopeDepartment", "scopeDepartment", departmentId);
        }
        if (assignee != null) {
            where.and(
                    "(" + projectIdColumn
                            + " in (select a.projectId from ProjectAssignment a where a.username = :assignee)"
                            + " or " + projectIdColumn
                            + " in (select f.projectId from ProjectFirmAssignment f where f.firmAlias in :firms))",
                    "assignee",
                    assignee);
            where.parameters().and("firms", firmsOrNone());
        }
        return where;
    }

    /**
     * The same rule in SQL, for the exports that read with JDBC: a condition with {@code ?} placeholders
     * and its parameters in order. Without a project column (department books) an evaluator's scope is
     * empty: evaluators read projects, not a department's books.
     */
    public SqlCondition sql(String departmentColumn, String projectIdColumn) {
        var terms = new ArrayList<String>();
        var parameters = new ArrayList<Object>();
        if (nothing || (assignee != null && projectIdColumn == null)) {
            return new SqlCondition("false", List.of());
        }
        if (departmentId != null) {
            terms.add(departmentColumn + " = ?");
            parameters.add(departmentId);
        }
        if (assignee != null) {
            List<String> firmAliases = firmsOrNone();
            terms.add("(" + projectIdColumn + " in (select a.project_id from project_assignment a where a.username = ?)"
                    + " or " + projectIdColumn
                    + " in (select f.project_id from project_firm_assignment f where f.firm_alias in ("
                    + String.join(", ", java.util.Collections.nCopies(firmAliases.size(), "?")) + ")))");
            parameters.add(assignee);
            parameters.addAll(firmAliases);
        }
        return new SqlCondition(terms.isEmpty() ? "true" : String.join(" and ", terms), parameters);
    }

    /** A SQL condition and the values of its placeholders. */
    public record SqlCondition(String sql, List<Object> parameters) {
        /** The parameters of this condition followed by others of the same statement. */
        public Object[] with(Object... more) {
            var all = new ArrayList<Object>(parameters);
            all.addAll(java.util.Arrays.asList(more));
            return all.toArray();
        }
    }

    /** A JPQL where clause being built: its terms joined with "and", and their named parameters. */
    public record Where(List<String> terms, Parameters parameters) {
        /** Adds a condition with one named parameter; a null value adds nothing (no filter asked). */
        public Where and(String term, String name, Object value) {
            if (value != null) {
                terms.add(term);
                parameters.and(name, value);
            }
            return this;
        }

        public String query() {
            return terms.isEmpty() ? "1 = 1" : String.join(" and ", terms);
        }
    }
}

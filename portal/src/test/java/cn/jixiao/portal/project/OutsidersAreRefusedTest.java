package cn.jixiao.portal.project;

import static cn.jixiao.portal.project.ProjectFixtures.YIJINHUOLUO;
import static cn.jixiao.portal.project.ProjectFixtures.as;
import static cn.jixiao.portal.project.ProjectFixtures.count;
import static cn.jixiao.portal.project.ProjectFixtures.departmentId;
import static cn.jixiao.portal.project.ProjectFixtures.insert;
import static cn.jixiao.portal.project.ProjectFixtures.projectBody;
import static cn.jixiao.portal.project.ProjectFixtures.strings;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Walks every project and contract route (JSON and pages) as someone who must be refused: a user of
 * another region (404, exactly like a missing id) and a department editor of another department of
 * the same region (403). Nothing changes.
 */
@QuarkusTest
class OutsidersAreRefusedTest {
    private static final long MISSING = 999_999_999L;

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    /** One route: method, path with {p} (project), {e} (entry), {c} (change), {k} (contract), body. */
    record Route(String method, String path, Object body) {
        static Route json(String method, String path, Object body) {
            return new Route(method, path, body);
        }

        Response call(String token, long p, long e, long c, long k) {
            String url = path.replace("{p}", Long.toString(p))
                    .replace("{e}", Long.toString(e))
                    .replace("{c}", Long.toString(c))
                    .replace("{k}", Long.toString(k));
            var request = as(token).redirects().follow(false);
            if (body != null) {
                request = request.body(body);
            }
            return request.request(method, url);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static List<Route> routes(long departmentId) {
        var edit = projectBody(departmentId, "越权修改", "X-1");
        edit.put("version", 0);
        var contract = Map.of(
                "departmentId",
                departmentId,
                "title",
                "越权合同",
                "vendor",
                "v",
                "amount",
                1,
                "procurementMethod",
                "INQUIRY",
                "version",
                0);
        var decision = Map.of("version", 0, "approvalBody", "人大");
        return List.of(
                Route.json("GET", "/api/projects/{p}", null),
                Route.json("PUT", "/api/projects/{p}", edit),
                Route.json("GET", "/api/projects/{p}/funds", null),
                Route.json("GET", "/api/projects/{p}/standing", null),
                Route.json("GET", "/api/projects/{p}/history", null),
                Route.json("GET", "/api/projects/{p}/expenditures", null),
                Route.json(
                        "POST",
                        "/api/projects/{p}/expenditures",
                        Map.of("content", "越权", "amount", 1, "spentOn", "2024-01-01")),
                Route.json("DELETE", "/api/projects/{p}/expenditures/{e}", null),
                Route.json("GET", "/api/projects/{p}/changes", null),
                Route.json("POST", "/api/projects/{p}/changes", Map.of("kind", "CONTENT", "description", "越权")),
                Route.json("POST", "/api/projects/{p}/changes/{c}/approve", decision),
                Route.json("POST", "/api/projects/{p}/changes/{c}/reject", decision),
                Route.json("GET", "/api/projects/{p}/assignments", null),
                Route.json("POST", "/api/projects/{p}/assignments", Map.of("username", "intruder")),
                Route.json("GET", "/api/contracts/{k}", null),
                Route.json("PUT", "/api/contracts/{k}", contract),
                Route.json("POST", "/api/contracts/{k}/payments", Map.of("paidOn", "2024-01-01", "amount", 1)),
                Route.json(
                        "PUT",
                        "/api/contracts/{k}/acceptance",
                        Map.of("result", "PASSED", "acceptedOn", "2024-01-01", "version", 0)),
                Route.json("GET", "/projects/{p}", null),
                Route.json("GET", "/projects/{p}/edit", null),
                Route.json("GET", "/contracts/{k}", null),
                Route.json("GET", "/contracts/{k}/edit", null));
    }

    /** Routes that take a department (or project) in the query or body rather than the path. */
    private static List<Route> departmentRoutes(long departmentId, long projectId) {
        var create = projectBody(departmentId, "越权新建", "X-2");
        return List.of(
                Route.json("GET", "/api/projects?departmentId=" + departmentId, null),
                Route.json("GET", "/projects?departmentId=" + departmentId, null),
                Route.json("POST", "/api/projects", create),
                Route.json("GET", "/api/contracts?departmentId=" + departmentId, null),
                Route.json("GET", "/contracts?departmentId=" + departmentId, null),
                Route.json(
                        "POST",
                        "/api/contracts",
                        Map.of(
                                "departmentId",
                                departmentId,
                                "projectId",
                                projectId,
                                "title",
                                "越权合同",
                                "vendor",
                                "v",
                                "amount",
                                1,
                                "procurementMethod",
                                "INQUIRY")),
                Route.json(
                        "PUT", "/api/settings/procurement-threshold", Map.of("procurementThreshold", 1, "version", 0)));
    }

    @Test
    void aUserOfAnotherRegionGetsA404LikeAMissingIdOnEveryRoute() throws Exception {
        // a project of 岳阳市 with an entry, a change request and a contract, made by its own editor
        String yueyang = Tokens.accessToken("yueyang-dept");
        long department = departmentId(yueyang, "zwfwzx");
        long project = ProjectFixtures.createProject(yueyang, department, "跨地区访问探测");
        long entry = ((Number) as(yueyang)
                        .body(Map.of("content", "探测", "amount", 1, "spentOn", "2024-01-01"))
                        .post("/api/projects/" + project + "/expenditures")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        long change = ((Number) as(yueyang)
                        .body(Map.of("kind", "CONTENT", "description", "跨地区探测"))
                        .post("/api/projects/" + project + "/changes")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        long contract = ((Number) as(yueyang)
                        .body(Map.of(
                                "departmentId",
                                department,
                                "projectId",
                                project,
                                "title",
                                "探测合同",
                                "vendor",
                                "v",
                                "amount",
                                1,
                                "procurementMethod",
                                "INQUIRY"))
                        .post("/api/contracts")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        long before = changesOf(project);

        String outsider = Tokens.accessToken("baoshan-dept");
        var refused = new ArrayList<String>();
        for (Route route : routes(department)) {
            Response foreign = route.call(outsider, project, entry, change, contract);
            Response missing = route.call(outsider, MISSING, MISSING, MISSING, MISSING);
            if (foreign.statusCode() != 404 || !foreign.asString().equals(missing.asString())) {
                refused.add(route + " → " + foreign.statusCode() + " " + foreign.asString());
            }
        }
        for (Route route : departmentRoutes(department, project)) {
            Response response = route.call(outsider, project, entry, change, contract);
            if (response.statusCode() != 403 && response.statusCode() != 400) {
                refused.add(route + " → " + response.statusCode());
            }
        }
        assertEquals(List.of(), refused, "routes that did not refuse the other region's user like a missing id");

        as(outsider)
                .get("/api/projects?size=200")
                .then()
                .statusCode(200)
                .body("items.findAll { it.departmentName.startsWith('岳阳') }.size()", equalTo(0));
        as(outsider)
                .get("/api/contracts?projectId=" + project)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        assertUnchanged(project, contract, change, before);
    }

    @Test
    void aDepartmentEditorOfAnotherDepartmentIsRefusedOnEveryRoute() throws Exception {
        long police = Long.parseLong(
                strings(owner, "select id from department where tenant_id = ? and code = 'gaj'", YIJINHUOLUO)
                        .get(0));
        long project = insert(
                owner,
                "insert into project (tenant_id, department_id, name, year) values (?, ?, ?, 2022)",
                YIJINHUOLUO,
                police,
                "旗公安局身份证自助设备采购（越权测试）");
        long entry = insert(
                owner,
                "insert into expenditure (tenant_id, project_id, content, amount, spent_on)"
                        + " values (?, ?, '设备款', 94.55, date '2022-08-01')",
                YIJINHUOLUO,
                project);
        long change = insert(
                owner,
                "insert into project_change (tenant_id, project_id, kind, description, requested_by)"
                        + " values (?, ?, 'CONTENT', '设备数量调整', 'gaj-editor')",
                YIJINHUOLUO,
                project);
        long contract = insert(
                owner,
                "insert into contract (tenant_id, department_id, project_id, title, vendor, amount,"
                        + " procurement_method) values (?, ?, ?, '身份证自助设备', '某公司', 94.55, 'OTHER')",
                YIJINHUOLUO,
                police,
                project);
        long before = changesOf(project);

        String otherDepartment = Tokens.accessToken("yijinhuoluo-dept");
        var refused = new ArrayList<String>();
        for (Route route : routes(police)) {
            Response response = route.call(otherDepartment, project, entry, change, contract);
            if (response.statusCode() != 403) {
                refused.add(route + " → " + response.statusCode() + " " + response.asString());
            }
        }
        for (Route route : departmentRoutes(police, project)) {
            Response response = route.call(otherDepartment, project, entry, change, contract);
            if (response.statusCode() != 403 && response.statusCode() != 400) {
                refused.add(route + " → " + response.statusCode());
            }
        }
        assertEquals(List.of(), refused, "routes that did not refuse an editor of another department");

        // the region's finance reviewer does read it (the refusals above are about the department)
        as(Tokens.accessToken("yijinhuoluo-finance"))
                .get("/api/projects/" + project)
                .then()
                .statusCode(200);
        assertUnchanged(project, contract, change, before);
    }

    private long changesOf(long project) throws Exception {
        return count(owner, "select count(*) from project_change where project_id = ?", project);
    }

    private void assertUnchanged(long project, long contract, long change, long changesBefore) throws Exception {
        assertEquals(changesBefore, changesOf(project), "no change request was added");
        assertEquals(List.of("REQUESTED"), strings(owner, "select status from project_change where id = ?", change));
        assertEquals(0, count(owner, "select count(*) from project_assignment where project_id = ?", project));
        assertEquals(
                0,
                count(
                        owner,
                        "select count(*) from audit_log where entity_id = ? and entity = 'Project'"
                                + " and action = 'UPDATE' and after->>'name' = '越权修改'",
                        project));
        assertEquals(
                0, count(owner, "select count(*) from expenditure where project_id = ? and content = '越权'", project));
        assertEquals(0, count(owner, "select count(*) from payment where contract_id = ? and amount = 1", contract));
        assertEquals(0, count(owner, "select count(*) from contract where title = '越权合同'"));
        assertEquals(0, count(owner, "select count(*) from project where name in ('越权新建', '越权修改')"));
    }
}

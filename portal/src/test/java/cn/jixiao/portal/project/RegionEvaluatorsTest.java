package cn.jixiao.portal.project;

import static cn.jixiao.portal.project.ProjectFixtures.YUEYANG;
import static cn.jixiao.portal.project.ProjectFixtures.as;
import static cn.jixiao.portal.project.ProjectFixtures.count;
import static cn.jixiao.portal.project.ProjectFixtures.createProject;
import static cn.jixiao.portal.project.ProjectFixtures.departmentId;
import static cn.jixiao.portal.project.ProjectFixtures.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Only an evaluator of the project's region (a member of its organization in Keycloak with the realm
 * role evaluator) can be assigned, the form offers just those by name, and pages name people rather
 * than show their usernames. The users are made in the test stack's Keycloak and removed afterwards.
 */
@QuarkusTest
class RegionEvaluatorsTest {
    private static final Pattern OPTION =
            Pattern.compile("<option value=\"([^\"]*)\" title=\"[^\"]*\">([^<]*)</option>");

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    private final List<String> made = new ArrayList<>();

    @AfterEach
    void removeUsers() {
        made.forEach(KeycloakUsers::delete);
    }

    @Test
    void onlyAnEvaluatorOfTheProjectsRegionIsAssignedAndARefusalSavesNothing() throws Exception {
        String suffix = unique("").substring(1);
        String ownEvaluator = user("yy-eval", "评审" + suffix, "李", "evaluator", "yueyang");
        String otherRegionsEvaluator = user("bs-eval", "评审", "王", "evaluator", "baoshan");
        String regionlessEvaluator = user("no-region-eval", "评审", "赵", "evaluator", null);
        String ownEditor = user("yy-staff", "填报", "张", "department-editor", "yueyang");
        String finance = Tokens.accessToken("yueyang-finance");
        long project = yueyangProject();

        var refused = new LinkedHashMap<String, String>();
        refused.put("no such user", unique("nobody").toLowerCase());
        refused.put("an evaluator of another region", otherRegionsEvaluator);
        refused.put("an evaluator of no region", regionlessEvaluator);
        refused.put("a user of this region without the evaluator role", ownEditor);
        for (var entry : refused.entrySet()) {
            as(finance)
                    .body(Map.of("username", entry.getValue()))
                    .post("/api/projects/" + project + "/assignments")
                    .then()
                    .statusCode(400)
                    .body("fields[0].field", equalTo("username"))
                    .body("message", equalTo(NOT_AN_EVALUATOR));
        }
        assertEquals(0, assignments(project), "a refused assignment saves nothing");
        assertEquals(0, auditRows(project), "and audits nothing");

        as(finance)
                .body(Map.of("username", " " + ownEvaluator + " "))
                .post("/api/projects/" + project + "/assignments")
                .then()
                .statusCode(201)
                .body("username", equalTo(ownEvaluator))
                .body("name", equalTo("评审" + suffix + " 李"));
        as(finance)
                .get("/api/projects/" + project + "/assignments")
                .then()
                .statusCode(200)
                .body("username", equalTo(List.of(ownEvaluator)))
                .body("name", equalTo(List.of("评审" + suffix + " 李")));
        assertEquals(1, assignments(project));
        assertEquals(1, auditRows(project));

        // the project page lists the evaluator by name, the username only as the tooltip
        String page = page(finance, project);
        assertTrue(
                page.contains(
                        "<li><span class=\"person\" title=\"" + ownEvaluator + "\">评审" + suffix + " 李</span></li>"),
                page);
        assertFalse(page.contains(">" + ownEvaluator + "<"), "the username is not shown as text");
        assertFalse(options(page).containsKey(ownEvaluator), "an assigned evaluator is not offered again");
    }

    @Test
    void theAssignmentFormOffersOnlyThisRegionsEvaluatorsByName() {
        String suffix = unique("").substring(1);
        String ownEvaluator = user("yy-eval", "评审" + suffix, "周", "evaluator", "yueyang");
        String otherRegionsEvaluator = user("bs-eval", "评审" + suffix, "吴", "evaluator", "baoshan");
        String ownEditor = user("yy-staff", "填报" + suffix, "郑", "department-editor", "yueyang");
        String finance = Tokens.accessToken("yueyang-finance");
        long project = yueyangProject();

        Map<String, String> offered = options(page(finance, project));
        assertEquals("评审" + suffix + " 周", offered.get(ownEvaluator), "offered by name: " + offered);
        assertFalse(offered.containsKey(otherRegionsEvaluator), "not another region's evaluator");
        assertFalse(offered.containsKey(ownEditor), "not a user of the region without the role");
        offered.keySet()
                .forEach(username -> assertTrue(
                        KeycloakUsers.isEvaluatorOf(username, "yueyang"),
                        username + " is offered but is not an evaluator of 岳阳市"));

        // the form is for finance reviewers only
        String editorsPage = page(Tokens.accessToken("yueyang-dept"), project);
        assertFalse(editorsPage.contains("assignment-form"));
    }

    @Test
    void aRegionWithoutEvaluatorsSaysSoInsteadOfAnEmptyChoice() {
        // the demo realm has no evaluator in 伊金霍洛旗 (tests make theirs in 岳阳市 and 保山市)
        String editor = Tokens.accessToken("yijinhuoluo-dept");
        long project = createProject(editor, departmentId(editor, "zwfwj"), unique("无评价人地区的项目"));

        String page = page(Tokens.accessToken("yijinhuoluo-finance"), project);
        assertTrue(page.contains("id=\"no-evaluators\""), page);
        assertFalse(page.contains("assignment-form"));
    }

    @Test
    void aProjectsHistoryAndChangesNameWhoDidWhat() {
        String editor = Tokens.accessToken("yueyang-dept");
        long project = yueyangProject();
        as(editor)
                .body(Map.of("kind", "CONTENT", "description", "调整实施内容"))
                .post("/api/projects/" + project + "/changes")
                .then()
                .statusCode(201);

        String page = page(Tokens.accessToken("yueyang-finance"), project);
        String editorByName = "<span class=\"person\" title=\"yueyang-dept\">部门填报 岳阳市</span>";
        assertTrue(page.contains("<td>" + editorByName + "</td>"), "the history names the editor: " + page);
        assertTrue(page.contains("<td>" + editorByName + "<br>"), "so does the change request");
        assertFalse(page.contains(">yueyang-dept<"), "the username is never the text shown");
        // the JSON keeps the usernames scripts rely on
        as(editor)
                .get("/api/projects/" + project + "/changes")
                .then()
                .statusCode(200)
                .body("requestedBy", hasSize(1))
                .body("requestedBy[0]", equalTo("yueyang-dept"));
    }

    static final String NOT_AN_EVALUATOR =
            "只能指派本地区的评价人（本地区成员且具有评价人角色） (only an evaluator of this region can be assigned: a member of the region with the evaluator role)";

    private String user(String prefix, String firstName, String lastName, String role, String region) {
        String username = unique(prefix).toLowerCase();
        made.add(username);
        return KeycloakUsers.create(username, firstName, lastName, role, region);
    }

    private static long yueyangProject() {
        String editor = Tokens.accessToken("yueyang-dept");
        return createProject(editor, departmentId(editor, "zwfwzx"), unique("评价人指派项目"));
    }

    static String page(String token, long project) {
        return as(token)
                .accept("text/html")
                .get("/projects/" + project)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    /** The assignment form's options: username → the label shown. */
    private static Map<String, String> options(String page) {
        int form = page.indexOf("id=\"assignment-form\"");
        var options = new LinkedHashMap<String, String>();
        if (form < 0) {
            return options;
        }
        Matcher m = OPTION.matcher(page.substring(form, page.indexOf("</form>", form)));
        while (m.find()) {
            options.put(m.group(1), m.group(2));
        }
        return options;
    }

    private long assignments(long project) throws Exception {
        return count(owner, "select count(*) from project_assignment where project_id = ?", project);
    }

    private long auditRows(long project) throws Exception {
        return count(
                owner,
                "select count(*) from audit_log where tenant_id = ? and entity = 'ProjectAssignment'"
                        + " and (after->>'projectId')::bigint = ?",
                YUEYANG,
                project);
    }
}

package cn.jixiao.portal.web;

import static cn.jixiao.portal.project.ProjectFixtures.as;

import cn.jixiao.portal.BookFixtures;
import cn.jixiao.portal.evaluation.review.EvaluationRows;
import io.agroal.api.AgroalDataSource;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The conflict case of every portal route that changes a row which already exists (see
 * {@link ConcurrentEditsTest}): how to make the record in the test's own region, where both people read
 * it, what each one sends, and where the first save shows afterwards.
 */
final class ConflictCases {
    static final String STALE = "此记录已被他人修改";
    static final String FIRST_MARK = "甲";

    private ConflictCases() {}

    /** The region and its two people, with the set-up steps the cases share. */
    record Region(String first, String second, long department, long unit, AgroalDataSource owner) {
        long newDepartment(String what) {
            return id(as(first)
                    .body(Map.of("code", "c-" + shortId(), "name", "并发测试所（" + what + "）", "kind", "BUREAU"))
                    .post("/api/departments"));
        }

        long project(String name) {
            var body = new LinkedHashMap<String, Object>();
            body.put("departmentId", department);
            body.put("name", name);
            body.put("budgetCode", "c-" + shortId());
            body.put("startsOn", "2024-03-01");
            body.put("endsOn", "2024-12-31");
            body.put("goals", "并发测试项目目标");
            body.put("year", 2024);
            body.put("funds", List.of(Map.of("level", "COUNTY", "planned", 100, "arrived", 80, "spent", 20)));
            return id(as(first).body(body).post("/api/projects"));
        }

        long contract() {
            var body = new LinkedHashMap<String, Object>();
            body.put("departmentId", department);
            body.put("title", "自助终端采购合同");
            body.put("vendor", "某信息技术有限公司");
            body.put("amount", "96");
            body.put("signedOn", "2024-04-10");
            body.put("workStartedOn", "2024-04-20");
            body.put("procurementMethod", "OPEN_TENDER");
            body.put("acceptanceTerms", "试运行一个月后15个工作日内验收");
            return id(as(first).body(body).post("/api/contracts"));
        }

        long point() {
            var body = new LinkedHashMap<String, Object>();
            body.put("code", "CP-" + shortId());
            body.put("name", "并发测试服务点");
            body.put("address", "测试路 1 号");
            body.put("open24h", true);
            body.put("responsibleDepartmentId", department);
            return id(as(first).body(body).post("/api/kiosks/points"));
        }

        long type() {
            return id(as(first)
                    .body(Map.of("name", "并发测试终端-" + shortId(), "services", List.of("社保信息查询")))
                    .post("/api/kiosks/device-types"));
        }

        long device(Long point) {
            var body = new LinkedHashMap<String, Object>();
            body.put("code", "CD-" + shortId());
            body.put("typeId", type());
            body.put("model", "SB-100");
            body.put("serialNo", "SN-" + shortId());
            body.put("vendor", "某科技有限公司");
            body.put("price", "3.5");
            body.put("departmentId", department);
            body.put("pointId", point);
            body.put("orderedOn", "2024-05-01");
            return id(as(first).body(body).post("/api/kiosks/devices"));
        }

        void step(long device, String status, String on) {
            int version = version("/api/kiosks/devices/" + device, "version");
            as(first)
                    .body(Map.of("status", status, "on", on, "version", version))
                    .post("/api/kiosks/devices/" + device + "/steps")
                    .then()
                    .statusCode(200);
        }

        long deadline(int year, String kind) {
            return id(as(first)
                    .body(Map.of("fiscalYear", year, "kind", kind, "dueOn", (year + 1) + "-06-30", "note", "测试时限"))
                    .post("/api/publication/deadlines"));
        }

        long target() {
            long project = project("目标表并发测试");
            var body = target(project, "建成一窗受理系统");
            return id(as(first).body(body).post("/api/targets"));
        }

        Map<String, Object> target(long project, String overallGoal) {
            var body = new LinkedHashMap<String, Object>();
            body.put("departmentId", department);
            body.put("projectId", project);
            body.put("year", 2024);
            body.put("overallGoal", overallGoal);
            body.put("yearGoal", "当年完成开发并试运行");
            body.put("projectNature", "NEW");
            body.put("totalFunds", "358.392");
            body.put("fiscalFunds", "358.392");
            body.put("otherFunds", 0);
            body.put(
                    "indicators",
                    List.of(Map.of(
                            "level1", "产出指标",
                            "level2", "数量指标",
                            "name", "政务服务事项网上可办率",
                            "comparator", ">=",
                            "targetValue", "70",
                            "unit", "%")));
            body.put(
                    "planSteps",
                    List.of(Map.of(
                            "name", "调研设计",
                            "deliverable", "功能设计",
                            "plannedStart", "2024-08-01",
                            "plannedFinish", "2024-08-31")));
            return body;
        }

        EvaluationRows.Built evaluation() {
            try {
                return EvaluationRows.selfEvaluation(owner, ConflictRegion.CODE, department, project("评价并发测试"), 2024);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        long approvedEvaluation() {
            long id = evaluation().evaluationId();
            BookFixtures.execute(
                    "update evaluation set status = 'APPROVED', decided_by = 'test', decided_at = now() where id = ?",
                    id);
            return id;
        }

        long report() {
            long evaluation = approvedEvaluation();
            return id(as(first).body(Map.of("evaluationId", evaluation)).post("/api/reports"));
        }

        /** A copy of the first built-in template of the library (a second copy is named "… (2)"). */
        long template() {
            String code = as(first)
                    .get("/api/indicator-templates/library")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("[0].code");
            return id(as(first).post("/api/indicator-templates/library/" + code + "/copy"));
        }

        int version(String url, String path) {
            return ((Number) as(first).get(url).then().statusCode(200).extract().path(path)).intValue();
        }
    }

    /** One changing route and how to make a record for it. */
    record Case(String route, Function<Region, Subject> setup) {
        @Override
        public String toString() {
            return route;
        }
    }

    /** A request that saves: method, URL ({version} = the version read), body from what was read and a mark. */
    record Save(
            String method,
            String url,
            BiFunction<Map<String, Object>, String, Map<String, Object>> body,
            String versionAt) {}

    /** A record both people read at {@code read}, the route's save, and where the first save shows. */
    static final class Subject {
        final String read;
        String versionAt = "version";
        Save save;
        Save first;
        String markAt;
        Object expect = FIRST_MARK;
        String message = STALE;

        Subject(String read) {
            this.read = read;
        }

        Save firstSave() {
            return first == null ? save : first;
        }

        Subject save(String method, String url, BiFunction<Map<String, Object>, String, Map<String, Object>> body) {
            this.save = new Save(method, url, body, versionAt);
            return this;
        }

        /** The first person saves through another route (the record changes; the route under test is stale). */
        Subject first(String method, String url, BiFunction<Map<String, Object>, String, Map<String, Object>> body) {
            this.first = new Save(method, url, body, versionAt);
            return this;
        }

        /** Where the version is in the read answer (set before the saves). */
        Subject versionAt(String path) {
            this.versionAt = path;
            return this;
        }

        /** Where the first save's mark shows afterwards. */
        Subject marked(String path) {
            this.markAt = path;
            return this;
        }

        /** Where the first save shows, and its value there (numbers, choices). */
        Subject marked(String path, Object expected) {
            this.markAt = path;
            this.expect = expected;
            return this;
        }

        /** The refusal's message when the record's state, not its version, refuses the second save. */
        Subject message(String fragment) {
            this.message = fragment;
            return this;
        }
    }

    /** The read answer with one field set to a text and the mark (a route that takes back what it answers). */
    static BiFunction<Map<String, Object>, String, Map<String, Object>> with(String field, String text) {
        return (read, mark) -> {
            var body = new LinkedHashMap<>(read);
            body.put(field, text + mark);
            return body;
        };
    }

    static BiFunction<Map<String, Object>, String, Map<String, Object>> fixed(Map<String, Object> body) {
        return (read, mark) -> body;
    }

    /** The first person's value or the second's. */
    static Object pick(String mark, Object first, Object second) {
        return FIRST_MARK.equals(mark) ? first : second;
    }

    static Case of(String route, Function<Region, Subject> setup) {
        return new Case(route, setup);
    }

    static Stream<Case> all() {
        return Stream.of(books(), projects(), kiosks(), publication(), targets(), evaluations(), reports())
                .flatMap(s -> s);
    }

    /** Departments, their books and the region's settings. */
    static Stream<Case> books() {
        int year = 2007;
        return Stream.of(
                of("PUT /api/departments/{id}", r -> {
                    long id = r.newDepartment("改名");
                    return new Subject("/api/departments/" + id)
                            .save("PUT", "/api/departments/" + id, with("name", "并发测试所" + shortId()))
                            .marked("name");
                }),
                of("POST /api/departments/{id}/deactivate", r -> {
                    long id = r.newDepartment("停用");
                    return new Subject("/api/departments/" + id)
                            .first("PUT", "/api/departments/" + id, with("name", "并发测试所" + shortId()))
                            .save("POST", "/api/departments/" + id + "/deactivate", fixed(Map.of()))
                            .marked("name");
                }),
                of("POST /api/departments/{id}/activate", r -> {
                    long id = r.newDepartment("启用");
                    as(r.first())
                            .body(Map.of("version", 0))
                            .post("/api/departments/" + id + "/deactivate")
                            .then()
                            .statusCode(200);
                    return new Subject("/api/departments/" + id)
                            .first("PUT", "/api/departments/" + id, with("name", "并发测试所" + shortId()))
                            .save("POST", "/api/departments/" + id + "/activate", fixed(Map.of()))
                            .marked("name");
                }),
                of("PUT /api/departments/{id}/budget", r -> {
                    String url = "/api/departments/" + r.department() + "/budget?year=" + year;
                    if (as(r.first()).get(url).statusCode() == 404) {
                        as(r.first())
                                .body(BookFixtures.budgetBody(null, "900"))
                                .put(url)
                                .then()
                                .statusCode(200);
                    }
                    return new Subject(url)
                            .save(
                                    "PUT",
                                    url,
                                    (read, mark) -> BookFixtures.budgetBody(null, (String) pick(mark, "901", "902")))
                            .marked("finalAccounts", new BigDecimal("901"));
                }),
                of("PUT /api/departments/{id}/profile", r -> {
                    String url = "/api/departments/" + r.department() + "/profile?year=" + year;
                    if (as(r.first()).get(url).statusCode() == 404) {
                        as(r.first()).body(profile(null, 20)).put(url).then().statusCode(200);
                    }
                    return new Subject(url)
                            .save("PUT", url, (read, mark) -> profile(null, (Integer) pick(mark, 21, 22)))
                            .marked("staffActualAdministrative", 21);
                }),
                of(
                        "PUT /api/settings/procurement-threshold",
                        r -> new Subject("/api/settings/procurement-threshold")
                                .save(
                                        "PUT",
                                        "/api/settings/procurement-threshold",
                                        (read, mark) -> Map.of("procurementThreshold", pick(mark, "101", "202")))
                                .marked("procurementThreshold", new BigDecimal("101"))),
                of(
                        "PUT /api/settings/kiosk",
                        r -> new Subject("/api/settings/kiosk")
                                .save(
                                        "PUT",
                                        "/api/settings/kiosk",
                                        (read, mark) -> Map.of(
                                                "networkSignOffDepartmentId", pick(mark, r.department(), r.unit())))
                                .marked("networkSignOffDepartmentId", r.department())),
                of("PUT /api/settings/working-calendar", r -> {
                    String url = "/api/settings/working-calendar?year=2093";
                    return new Subject(url)
                            .save(
                                    "PUT",
                                    url,
                                    (read, mark) -> Map.of(
                                            "days",
                                            List.of(Map.of(
                                                    "day", "2093-01-01", "kind", "HOLIDAY", "name", "元旦" + mark))))
                            .marked("days[0].name");
                }),
                of("PUT /api/findings/checks/{code}/severity", r -> {
                    String code = "CONTRACT_WITHOUT_PROCUREMENT";
                    String row = "list.find { it.code == '" + code + "' }";
                    return new Subject("/api/findings/checks")
                            .versionAt(row + ".settingsVersion")
                            .save(
                                    "PUT",
                                    "/api/findings/checks/" + code + "/severity",
                                    (read, mark) -> Map.of("severity", pick(mark, "BLOCKING", "WARNING")))
                            .marked(row + ".severity", "BLOCKING");
                }),
                of("POST /api/findings/{id}/explain", r -> {
                    long finding = insert(
                            r,
                            "insert into finding (tenant_id, department_id, year, code, severity, message, subject_key)"
                                    + " values (?, ?, 2024, 'TEST_CONFLICT', 'WARNING', '测试用发现', ?) returning id",
                            ConflictRegion.CODE,
                            r.department(),
                            "test:" + shortId());
                    return new Subject("/api/findings/" + finding)
                            .save(
                                    "POST",
                                    "/api/findings/" + finding + "/explain",
                                    (read, mark) -> Map.of("explanation", "已核实，数据无误" + mark))
                            .marked("explanation");
                }),
                of("PUT /api/indicator-templates/{id}", r -> {
                    long id = r.template();
                    return new Subject("/api/indicator-templates/" + id)
                            .save("PUT", "/api/indicator-templates/" + id, with("name", "并发测试指标体系" + shortId()))
                            .marked("name");
                }),
                of("POST /api/indicator-templates/{id}/deactivate", r -> {
                    long id = r.template();
                    return new Subject("/api/indicator-templates/" + id)
                            .first("PUT", "/api/indicator-templates/" + id, with("name", "并发测试指标体系" + shortId()))
                            .save("POST", "/api/indicator-templates/" + id + "/deactivate", fixed(Map.of()))
                            .marked("name");
                }),
                of("POST /api/indicator-templates/{id}/activate", r -> {
                    long id = r.template();
                    as(r.first())
                            .body(Map.of("version", r.version("/api/indicator-templates/" + id, "version")))
                            .post("/api/indicator-templates/" + id + "/deactivate")
                            .then()
                            .statusCode(200);
                    return new Subject("/api/indicator-templates/" + id)
                            .first("PUT", "/api/indicator-templates/" + id, with("name", "并发测试指标体系" + shortId()))
                            .save("POST", "/api/indicator-templates/" + id + "/activate", fixed(Map.of()))
                            .marked("name");
                }));
    }

    /** Projects, their changes, contracts. */
    static Stream<Case> projects() {
        return Stream.of(
                of("PUT /api/projects/{id}", r -> {
                    long id = r.project("并发测试项目");
                    return new Subject("/api/projects/" + id)
                            .save("PUT", "/api/projects/" + id, (read, mark) -> {
                                var body = new LinkedHashMap<String, Object>();
                                body.put("departmentId", r.department());
                                body.put("name", "并发测试项目" + mark);
                                body.put("budgetCode", read.get("budgetCode"));
                                body.put("year", 2024);
                                body.put("startsOn", "2024-03-01");
                                body.put("endsOn", "2024-12-31");
                                return body;
                            })
                            .marked("name");
                }),
                of(
                        "POST /api/projects/{id}/changes/{changeId}/approve",
                        r -> change(r, "reject", "approve", "REJECTED")),
                of(
                        "POST /api/projects/{id}/changes/{changeId}/reject",
                        r -> change(r, "approve", "reject", "APPROVED")),
                of("PUT /api/contracts/{id}", r -> {
                    long id = r.contract();
                    return new Subject("/api/contracts/" + id)
                            .save("PUT", "/api/contracts/" + id, with("title", "自助终端采购合同"))
                            .marked("title");
                }),
                of("PUT /api/contracts/{id}/acceptance", r -> {
                    long id = r.contract();
                    return new Subject("/api/contracts/" + id)
                            .first("PUT", "/api/contracts/" + id, with("title", "自助终端采购合同"))
                            .save(
                                    "PUT",
                                    "/api/contracts/" + id + "/acceptance",
                                    fixed(Map.of("result", "PASSED", "acceptedOn", "2024-06-20", "terms", "验收合格")))
                            .marked("title");
                }));
    }

    private static Subject change(Region r, String firstDecision, String decision, String kept) {
        long project = r.project("变更并发测试");
        long change = id(as(r.first())
                .body(Map.of("kind", "CONTENT", "description", "调整建设内容"))
                .post("/api/projects/" + project + "/changes"));
        String row = "list.find { it.id == " + change + " }";
        String base = "/api/projects/" + project + "/changes/" + change + "/";
        return new Subject("/api/projects/" + project + "/changes")
                .versionAt(row + ".version")
                .first("POST", base + firstDecision, fixed(Map.of("approvalBody", "县财政局", "note", "审批意见")))
                .save("POST", base + decision, fixed(Map.of("approvalBody", "县财政局", "note", "审批意见")))
                .marked(row + ".status", kept);
    }

    /** Service points, device types, devices and their steps, faults. */
    static Stream<Case> kiosks() {
        return Stream.of(
                of("PUT /api/kiosks/points/{id}", r -> {
                    long id = r.point();
                    return new Subject("/api/kiosks/points/" + id)
                            .save("PUT", "/api/kiosks/points/" + id, with("name", "并发测试服务点"))
                            .marked("name");
                }),
                of("POST /api/kiosks/points/{id}/status", r -> {
                    long id = r.point();
                    return new Subject("/api/kiosks/points/" + id)
                            .first("PUT", "/api/kiosks/points/" + id, with("name", "并发测试服务点"))
                            .save(
                                    "POST",
                                    "/api/kiosks/points/" + id + "/status",
                                    fixed(Map.of("status", "UNDER_CONSTRUCTION", "on", "2024-05-01")))
                            .marked("name");
                }),
                of("PUT /api/kiosks/device-types/{id}", r -> {
                    long id = r.type();
                    return new Subject("/api/kiosks/device-types/" + id)
                            .save("PUT", "/api/kiosks/device-types/" + id, with("name", "并发测试终端"))
                            .marked("name");
                }),
                of("PUT /api/kiosks/devices/{id}", r -> {
                    long id = r.device(null);
                    return new Subject("/api/kiosks/devices/" + id)
                            .save("PUT", "/api/kiosks/devices/" + id, with("model", "SB-"))
                            .marked("model");
                }),
                deviceStep(
                        "POST /api/kiosks/devices/{id}/steps",
                        "steps",
                        Map.of("status", "DELIVERED", "on", "2024-05-10")),
                deviceStep(
                        "POST /api/kiosks/devices/{id}/acceptance",
                        "acceptance",
                        Map.of("result", "PASSED", "on", "2024-07-01", "note", "验收合格")),
                deviceStep(
                        "POST /api/kiosks/devices/{id}/network-sign-off",
                        "network-sign-off",
                        Map.of("on", "2024-07-02", "note", "联网正常")),
                of("POST /api/kiosks/faults/{faultId}/close", r -> {
                    long point = r.point();
                    long device = r.device(point);
                    r.step(device, "DELIVERED", "2024-05-10");
                    r.step(device, "INSTALLED", "2024-05-12");
                    r.step(device, "TRIAL_RUN", "2024-05-15");
                    long fault = id(as(r.first())
                            .body(Map.of("openedOn", "2024-05-20", "description", "打印机卡纸"))
                            .post("/api/kiosks/devices/" + device + "/faults"));
                    String row = "list.find { it.id == " + fault + " }";
                    return new Subject("/api/kiosks/devices/" + device + "/faults")
                            .versionAt(row + ".version")
                            .save(
                                    "POST",
                                    "/api/kiosks/faults/" + fault + "/close",
                                    (read, mark) -> Map.of("closedOn", "2024-05-21", "resolution", "更换打印机" + mark))
                            .marked(row + ".resolution")
                            .message(STALE);
                }));
    }

    private static Case deviceStep(String route, String action, Map<String, Object> body) {
        return of(route, r -> {
            long id = r.device(r.point());
            if (action.equals("network-sign-off")) {
                int version = r.version("/api/settings/kiosk", "version");
                as(r.first())
                        .body(Map.of("networkSignOffDepartmentId", r.department(), "version", version))
                        .put("/api/settings/kiosk")
                        .then()
                        .statusCode(200);
            }
            return new Subject("/api/kiosks/devices/" + id)
                    .first("PUT", "/api/kiosks/devices/" + id, with("model", "SB-"))
                    .save("POST", "/api/kiosks/devices/" + id + "/" + action, fixed(body))
                    .marked("model");
        });
    }

    /** Publication deadlines, reminders and addresses. */
    static Stream<Case> publication() {
        return Stream.of(
                of("PUT /api/publication/deadlines/{id}", r -> {
                    long id = r.deadline(2007, "SELF");
                    return new Subject("/api/publication/deadlines/" + id)
                            .save("PUT", "/api/publication/deadlines/" + id, with("note", "测试时限"))
                            .marked("note");
                }),
                of("DELETE /api/publication/deadlines/{id}", r -> {
                    long id = r.deadline(2007, "THIRD_PARTY");
                    return new Subject("/api/publication/deadlines/" + id)
                            .first("PUT", "/api/publication/deadlines/" + id, with("note", "测试时限"))
                            .save("DELETE", "/api/publication/deadlines/" + id + "?version={version}", null)
                            .marked("note");
                }),
                of(
                        "PUT /api/publication/reminder-settings",
                        r -> new Subject("/api/publication/reminder-settings")
                                .save(
                                        "PUT",
                                        "/api/publication/reminder-settings",
                                        (read, mark) -> Map.of("reminderDays", pick(mark, List.of(9, 2), List.of(5))))
                                .marked("reminderDays", "[9, 2]")),
                of("PUT /api/publication/contacts/{departmentId}", r -> {
                    String url = "/api/publication/contacts/" + r.department();
                    return new Subject(url)
                            .save("PUT", url, (read, mark) -> Map.of("email", pick(mark, "jia", "yi") + "@example.org"))
                            .marked("email", "jia@example.org");
                }));
    }

    /** Target tables and their review. */
    static Stream<Case> targets() {
        return Stream.of(
                of("PUT /api/targets/{id}", r -> {
                    long id = r.target();
                    return new Subject("/api/targets/" + id)
                            .save(
                                    "PUT",
                                    "/api/targets/" + id,
                                    (read, mark) ->
                                            r.target(((Number) read.get("projectId")).longValue(), "建成一窗受理系统" + mark))
                            .marked("overallGoal");
                }),
                of("POST /api/targets/{id}/submit", r -> {
                    long id = r.target();
                    return new Subject("/api/targets/" + id)
                            .first(
                                    "PUT",
                                    "/api/targets/" + id,
                                    (read, mark) ->
                                            r.target(((Number) read.get("projectId")).longValue(), "建成一窗受理系统" + mark))
                            .save("POST", "/api/targets/" + id + "/submit", fixed(Map.of("comment", "请审核")))
                            .marked("overallGoal");
                }),
                of("POST /api/targets/{id}/approve", r -> submittedTarget(r, "return", "approve", "RETURNED")),
                of("POST /api/targets/{id}/return", r -> submittedTarget(r, "approve", "return", "APPROVED")));
    }

    private static Subject submittedTarget(Region r, String firstDecision, String decision, String kept) {
        long id = r.target();
        as(r.first())
                .body(Map.of("version", r.version("/api/targets/" + id, "version"), "comment", "请审核"))
                .post("/api/targets/" + id + "/submit")
                .then()
                .statusCode(200);
        return new Subject("/api/targets/" + id)
                .first("POST", "/api/targets/" + id + "/" + firstDecision, fixed(Map.of("comment", "请补充佐证")))
                .save("POST", "/api/targets/" + id + "/" + decision, fixed(Map.of("comment", "请补充佐证")))
                .marked("status", kept);
    }

    /** Evaluations: the form, indicators, items, evaluators, opinions and the review. */
    static Stream<Case> evaluations() {
        BiFunction<Map<String, Object>, String, Map<String, Object>> edit = (read, mark) -> Map.of(
                "overallGoal", "实现一窗进出、受办分离" + mark,
                "goalAchieved", "按期完成",
                "evaluatorName", "部门（单位）评价组");
        return Stream.of(
                of("PUT /api/evaluations/{id}", r -> {
                    long id = r.evaluation().evaluationId();
                    return new Subject("/api/evaluations/" + id)
                            .save("PUT", "/api/evaluations/" + id, edit)
                            .marked("overallGoal");
                }),
                of("PUT /api/evaluations/{id}/indicators/{indicatorId}", r -> {
                    var e = r.evaluation();
                    String row = "indicators.find { it.id == " + e.secondLeafId() + " }";
                    return new Subject("/api/evaluations/" + e.evaluationId())
                            .versionAt(row + ".version")
                            .save(
                                    "PUT",
                                    "/api/evaluations/" + e.evaluationId() + "/indicators/" + e.secondLeafId(),
                                    (read, mark) -> Map.of("actualValue", 57, "deviationReason", "部分事项仍需纸质材料" + mark))
                            .marked(row + ".deviationReason");
                }),
                of("PUT /api/evaluations/{id}/items/{itemId}", r -> item(r, false)),
                of("DELETE /api/evaluations/{id}/items/{itemId}", r -> item(r, true)),
                of("PUT /api/evaluations/{id}/evaluators", r -> {
                    long id = r.evaluation().evaluationId();
                    return new Subject("/api/evaluations/" + id)
                            .save(
                                    "PUT",
                                    "/api/evaluations/" + id + "/evaluators",
                                    (read, mark) -> Map.of(
                                            "evaluators",
                                            List.of(Map.of(
                                                    "name",
                                                    "杨胜" + mark,
                                                    "title",
                                                    "副主任",
                                                    "unit",
                                                    "并发测试局",
                                                    "leader",
                                                    true))))
                            .marked("evaluators[0].name");
                }),
                of("PUT /api/evaluations/{id}/opinions/{role}", r -> {
                    long id = r.evaluation().evaluationId();
                    String url = "/api/evaluations/" + id + "/opinions/PROJECT_UNIT";
                    as(r.first())
                            .body(Map.of("opinion", "同意", "signer", "杨胜", "signedOn", "2024-01-05"))
                            .put(url)
                            .then()
                            .statusCode(200);
                    String row = "opinions.find { it.role == 'PROJECT_UNIT' }";
                    return new Subject("/api/evaluations/" + id)
                            .versionAt(row + ".version")
                            .save(
                                    "PUT",
                                    url,
                                    (read, mark) ->
                                            Map.of("opinion", "同意" + mark, "signer", "杨胜", "signedOn", "2024-01-05"))
                            .marked(row + ".opinion");
                }),
                of("POST /api/evaluations/{id}/submit", r -> {
                    long id = r.evaluation().evaluationId();
                    return new Subject("/api/evaluations/" + id)
                            .first("PUT", "/api/evaluations/" + id, edit)
                            .save("POST", "/api/evaluations/" + id + "/submit", fixed(Map.of("comment", "请审核")))
                            .marked("overallGoal");
                }),
                // a decided evaluation is refused for its state before its version is compared
                of(
                        "POST /api/evaluations/{id}/approve",
                        r -> submittedEvaluation(r, "return", "approve", "RETURNED")
                                .message("只有已提交的评价可以审核通过")),
                of(
                        "POST /api/evaluations/{id}/return",
                        r -> submittedEvaluation(r, "approve", "return", "APPROVED")
                                .message("只有已提交的评价可以退回")));
    }

    private static Subject item(Region r, boolean delete) {
        long id = r.evaluation().evaluationId();
        var item = Map.<String, Object>of("kind", "PROBLEM", "text", "部分事项仍需纸质材料");
        Number itemId = as(r.first())
                .body(item)
                .post("/api/evaluations/" + id + "/items")
                .then()
                .statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)))
                .extract()
                .path("items.find { it.text == '部分事项仍需纸质材料' }.id");
        String row = "items.find { it.id == " + itemId + " }";
        String url = "/api/evaluations/" + id + "/items/" + itemId;
        BiFunction<Map<String, Object>, String, Map<String, Object>> edit =
                (read, mark) -> Map.of("kind", "PROBLEM", "text", "部分事项仍需纸质材料" + mark);
        var subject = new Subject("/api/evaluations/" + id).versionAt(row + ".version");
        return (delete
                        ? subject.first("PUT", url, edit).save("DELETE", url + "?version={version}", null)
                        : subject.save("PUT", url, edit))
                .marked(row + ".text");
    }

    private static Subject submittedEvaluation(Region r, String firstDecision, String decision, String kept) {
        long id = r.evaluation().evaluationId();
        as(r.first())
                .body(Map.of("version", r.version("/api/evaluations/" + id, "version"), "comment", "请审核"))
                .post("/api/evaluations/" + id + "/submit")
                .then()
                .statusCode(200);
        return new Subject("/api/evaluations/" + id)
                .first("POST", "/api/evaluations/" + id + "/" + firstDecision, fixed(Map.of("comment", "请补充佐证")))
                .save("POST", "/api/evaluations/" + id + "/" + decision, fixed(Map.of("comment", "请补充佐证")))
                .marked("status", kept);
    }

    /** Reports: narratives, regeneration, publication and withdrawal. */
    static Stream<Case> reports() {
        String section = "sections.find { it.code == 'basic' }.narrative";
        BiFunction<Map<String, Object>, String, Map<String, Object>> narrative =
                (read, mark) -> Map.of("narrative", "本单位主要职能为政务服务" + mark);
        return Stream.of(
                of("PUT /api/reports/{id}/sections/{code}", r -> {
                    long id = r.report();
                    return new Subject("/api/reports/" + id)
                            .save("PUT", "/api/reports/" + id + "/sections/basic", narrative)
                            .marked(section);
                }),
                of("POST /api/reports/{id}/regenerate", r -> {
                    long id = r.report();
                    return new Subject("/api/reports/" + id)
                            .first("PUT", "/api/reports/" + id + "/sections/basic", narrative)
                            .save("POST", "/api/reports/" + id + "/regenerate", fixed(Map.of()))
                            .marked(section);
                }),
                of("POST /api/reports/{id}/publish", r -> {
                    long id = r.report();
                    return new Subject("/api/reports/" + id)
                            .first("PUT", "/api/reports/" + id + "/sections/basic", narrative)
                            .save("POST", "/api/reports/" + id + "/publish", fixed(publishing()))
                            .marked(section);
                }),
                of("POST /api/reports/{id}/withdraw", r -> {
                    long id = r.report();
                    var body = new LinkedHashMap<>(publishing());
                    body.put("version", r.version("/api/reports/" + id, "version"));
                    as(r.first())
                            .body(body)
                            .post("/api/reports/" + id + "/publish")
                            .then()
                            .statusCode(200);
                    return new Subject("/api/reports/" + id)
                            .save(
                                    "POST",
                                    "/api/reports/" + id + "/withdraw",
                                    (read, mark) -> Map.of("reason", "数据有误，撤回更正" + mark))
                            .message("只有已发布的报告可以撤回")
                            .marked("status", "WITHDRAWN");
                }));
    }

    private static Map<String, Object> publishing() {
        return Map.of("catalog", "自评报告", "docNo", "并政务〔2024〕1号", "keywords", "绩效自评 并发测试");
    }

    private static Map<String, Object> profile(Integer version, int administrativeStaff) {
        var body = new LinkedHashMap<String, Object>();
        body.put("version", version);
        body.put("functions", "负责政务服务");
        body.put("staffQuotaAdministrative", 17);
        body.put("staffQuotaInstitutional", 13);
        body.put("staffActualAdministrative", administrativeStaff);
        body.put("staffActualInstitutional", 11);
        body.put("vehicleQuota", 1);
        body.put("vehiclesActual", 1);
        return body;
    }

    static long id(io.restassured.response.Response created) {
        int status = created.statusCode();
        if (status != 200 && status != 201) {
            throw new AssertionError("set-up refused: " + status + " " + created.asString());
        }
        return ((Number) created.jsonPath().get("id")).longValue();
    }

    static long insert(Region r, String sql, Object... args) {
        try (var c = r.owner().getConnection();
                var s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}

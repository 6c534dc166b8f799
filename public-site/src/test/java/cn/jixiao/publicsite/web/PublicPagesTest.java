package cn.jixiao.publicsite.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.publicsite.PublicSiteStack;
import cn.jixiao.publicsite.fixture.ReportFixtures;
import cn.jixiao.testing.TestStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The public pages around published reports (issue 11 items 5–7), on reports made as the portal
 * makes them: one with a table and an attachment, one withdrawn and its correction, one draft.
 */
@QuarkusTest
@QuarkusTestResource(value = TestStack.class, restrictToAnnotatedClass = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPagesTest {
    static final String YUEYANG = "430600";
    static final String BAOSHAN = "530500";
    static final String TABLE_TITLE = "岳阳市数据开放平台运维项目2023年度绩效评价报告";
    static final String WITHDRAWN_TITLE = "岳阳市政务云租赁项目2023年度绩效评价报告";
    static final String CORRECTED_TITLE = "岳阳市政务云租赁项目2023年度绩效评价报告（更正）";
    static final String DRAFT_TITLE = "岳阳市尚未公开的草稿评价报告";
    static final String REASON = "预算执行率数据有误，已更正后重新发布";
    static final byte[] PDF = "%PDF-1.4 国家自评表 test attachment".getBytes(StandardCharsets.UTF_8);
    static final String BODY = """
            ## 一、项目概况
            平台于2023年完成升级。
            ### （一）产出指标
            表：指标完成情况
            | 指标 | 目标值 | 实际值 |
            |---|---|---|
            | 开放数据集 | ≥200个 | 236个 |
            | 接口可用率 | ≥99% | 99.6% |
            ## 二、结论
            综合得分88.5分。""";

    @Inject
    ReportFixtures fixtures;

    long withTable;
    long withdrawn;
    long corrected;
    long draft;

    @BeforeAll
    void publish() throws Exception {
        PublicSiteStack.awaitSearchIndex();
        withTable = fixtures.report(YUEYANG, "PUBLISHED", TABLE_TITLE, "2024-01-10", BODY);
        fixtures.attach(withTable, YUEYANG, 1, "国家绩效自评表", "绩效自评表.pdf", PDF);
        withdrawn = fixtures.report(YUEYANG, "PUBLISHED", WITHDRAWN_TITLE, "2024-02-01", "## 一、概况\n正文。");
        fixtures.attach(withdrawn, YUEYANG, 1, "旧附件", "old.pdf", PDF);
        corrected = fixtures.report(YUEYANG, "PUBLISHED", CORRECTED_TITLE, "2024-03-06", "## 一、概况\n更正后的正文。");
        fixtures.withdraw(withdrawn, REASON, corrected);
        draft = fixtures.report(YUEYANG, "DRAFT", DRAFT_TITLE, "2024-04-01", "## 草稿");
        fixtures.attach(draft, YUEYANG, 1, "草稿附件", "draft.pdf", PDF);
    }

    @AfterAll
    void takeThemOffTheSite() throws Exception {
        fixtures.withdrawAll();
    }

    @Test
    void theReportShowsItsTablesSubHeadingsAttachmentsAndNeighbours() {
        given().get("/reports/" + withTable)
                .then()
                .statusCode(200)
                .body(containsString("<h3>（一）产出指标</h3>"))
                .body(containsString("<caption>指标完成情况</caption>"))
                .body(containsString("<th scope=\"col\">实际值</th>"))
                .body(containsString("<td>236个</td>"))
                .body(not(containsString("|---")))
                .body(containsString("href=\"/reports/" + withTable + "/attachments/1\""))
                .body(containsString("国家绩效自评表"))
                .body(containsString("id=\"next-report\" rel=\"next\" href=\"/reports/" + corrected + "\""))
                .body(containsString("href=\"/regions/430600/record\""));
        given().get("/reports/" + corrected)
                .then()
                .statusCode(200)
                .body(containsString("id=\"previous-report\" rel=\"prev\" href=\"/reports/" + withTable + "\""));
    }

    @Test
    void anAttachmentDownloadsThroughAShortLivedPresignedLink() {
        Response redirect = given().redirects().follow(false).get("/reports/" + withTable + "/attachments/1");
        assertEquals(303, redirect.statusCode());
        assertEquals("no-store", redirect.header("Cache-Control"));
        String link = redirect.header("Location");
        assertTrue(link.contains("X-Amz-Signature=") && link.contains("X-Amz-Expires=300"), link);

        byte[] downloaded = RestAssured.given()
                .urlEncodingEnabled(false)
                .get(link)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertArrayEquals(PDF, downloaded);
    }

    @Test
    void noAttachmentOfAWithdrawnOrDraftReportAndNoUnknownPosition() {
        for (String path : List.of(
                "/reports/" + withdrawn + "/attachments/1",
                "/reports/" + draft + "/attachments/1",
                "/reports/" + withTable + "/attachments/2",
                "/reports/" + withTable + "/attachments/x",
                "/reports/" + withTable + "/attachments/99999999999")) {
            given().redirects().follow(false).get(path).then().statusCode(404).body(containsString("未找到"));
        }
    }

    @Test
    void aWithdrawnReportSaysWhenAndWhyAndLinksToItsCorrection() {
        given().get("/reports/" + withdrawn)
                .then()
                .statusCode(200)
                .body(containsString("id=\"withdrawn\""))
                .body(containsString("datetime=\"2024-03-05\">2024年3月5日</time>"))
                .body(containsString("<span id=\"withdrawn-reason\">" + REASON + "</span>"))
                .body(containsString("id=\"correction-link\" href=\"/reports/" + corrected + "\""))
                .body(containsString("报告已撤回，附件不再提供下载"))
                .body(not(containsString("/reports/" + withdrawn + "/attachments/1")));
        given().get("/api/reports/" + withdrawn)
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("withdrawnOn", equalTo("2024-03-05"))
                .body("withdrawnReason", equalTo(REASON));
    }

    @Test
    void aCorrectedReportShowsItsHistory() {
        given().get("/reports/" + corrected)
                .then()
                .statusCode(200)
                .body(containsString("id=\"history\""))
                .body(containsString("href=\"/reports/" + withdrawn + "\""))
                .body(containsString("已撤回"))
                .body(containsString("更正发布"));
    }

    @Test
    void aDraftIsNowhere() {
        given().get("/reports/" + draft).then().statusCode(404).body(containsString("未找到该报告"));
        given().get("/api/reports/" + draft).then().statusCode(404);
        given().get("/regions/" + YUEYANG).then().statusCode(200).body(not(containsString(DRAFT_TITLE)));
        given().get("/feed.xml").then().statusCode(200).body(not(containsString(DRAFT_TITLE)));
        given().get("/sitemap.xml").then().statusCode(200).body(not(containsString("/reports/" + draft + "<")));
        given().get("/api/open-data/reports.json").then().statusCode(200).body(not(containsString(DRAFT_TITLE)));
    }

    @Test
    void theRegionPageListsItsPublishedReportsNewestFirstAndLinksItsRecord() {
        // the fixtures' year only: the portal's suites publish reports of today into the same database
        String html = given().queryParam("year", "2023")
                .get("/regions/" + YUEYANG)
                .then()
                .statusCode(200)
                .body(containsString("id=\"region-record\""))
                .body(containsString("href=\"/regions/430600/record\""))
                .body(containsString("/regions/430600/feed.xml"))
                .body(containsString("主办单位：<span id=\"identity-sponsor\">岳阳市财政局</span>"))
                .body(containsString("湘ICP备20000001号-1</a>"))
                .body(not(containsString(">" + WITHDRAWN_TITLE + "<")))
                .extract()
                .asString();
        int newer = html.indexOf(">" + CORRECTED_TITLE + "<");
        int older = html.indexOf(">" + TABLE_TITLE + "<");
        assertTrue(newer > 0 && older > newer, "newest first");

        given().queryParam("year", "2019")
                .get("/regions/" + YUEYANG)
                .then()
                .statusCode(200)
                .body(not(containsString(TABLE_TITLE)))
                .body(containsString("一窗受理"));
        given().get("/regions").then().statusCode(200).body(containsString("href=\"/regions/430600\""));
    }

    @Test
    void anotherRegionsPageAndFeedHoldNoneOfTheseReports() {
        given().get("/regions/" + BAOSHAN)
                .then()
                .statusCode(200)
                .body(not(containsString(TABLE_TITLE)))
                .body(not(containsString("region-identity")));
        given().get("/regions/" + BAOSHAN + "/feed.xml").then().statusCode(200).body(not(containsString(TABLE_TITLE)));
        given().get("/api/open-data/reports.json?region=" + BAOSHAN)
                .then()
                .statusCode(200)
                .body(not(containsString(TABLE_TITLE)));
        for (String unknown : List.of("999999", "12345", "abcdef", "430600x")) {
            given().get("/regions/" + unknown).then().statusCode(404).body(containsString("未找到该地区"));
            given().get("/regions/" + unknown + "/feed.xml").then().statusCode(404);
        }
    }

    @Test
    void feedsAreAtomWithTheNewestReports() throws Exception {
        for (String path : List.of("/feed.xml", "/regions/" + YUEYANG + "/feed.xml")) {
            Response answer = given().get(path);
            assertEquals(200, answer.statusCode());
            assertTrue(answer.contentType().startsWith("application/atom+xml"), answer.contentType());
            Document feed = parse(answer.asByteArray());
            Element root = feed.getDocumentElement();
            assertEquals("http://www.w3.org/2005/Atom", root.getNamespaceURI());
            assertEquals("feed", root.getLocalName());
            for (String required : List.of("id", "title", "updated", "author")) {
                assertTrue(children(root, required).size() == 1, path + " has one " + required);
            }
            List<Element> entries = children(root, "entry");
            assertTrue(!entries.isEmpty(), path + " has entries");
            for (Element entry : entries) {
                for (String required : List.of("id", "title", "updated", "link")) {
                    assertTrue(!children(entry, required).isEmpty(), "an entry has " + required);
                }
            }
            List<String> titles = entries.stream()
                    .map(e -> children(e, "title").getFirst().getTextContent())
                    .toList();
            assertTrue(titles.contains(TABLE_TITLE), path + ": " + titles);
            assertTrue(!titles.contains(WITHDRAWN_TITLE), path + ": " + titles);
        }
        Document baoshan =
                parse(given().get("/regions/" + BAOSHAN + "/feed.xml").asByteArray());
        children(baoshan.getDocumentElement(), "entry")
                .forEach(e -> assertTrue(
                        children(e, "title").getFirst().getTextContent().contains("保山")));
    }

    @Test
    void theSitemapListsThePagesAndEveryPublishedReportWithItsLastChange() throws Exception {
        Response answer = given().get("/sitemap.xml");
        assertEquals(200, answer.statusCode());
        Element urlset = parse(answer.asByteArray()).getDocumentElement();
        assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", urlset.getNamespaceURI());
        assertEquals("urlset", urlset.getLocalName());
        List<String> locations = new ArrayList<>();
        String lastmodOfTable = null;
        for (Element url : children(urlset, "url")) {
            String loc = children(url, "loc").getFirst().getTextContent();
            locations.add(loc);
            if (loc.endsWith("/reports/" + withTable)) {
                lastmodOfTable = children(url, "lastmod").getFirst().getTextContent();
            }
        }
        assertTrue(locations.stream().anyMatch(l -> l.endsWith("/open-data")), locations.toString());
        assertTrue(locations.stream().anyMatch(l -> l.endsWith("/regions/430600")), locations.toString());
        assertTrue(locations.stream().noneMatch(l -> l.endsWith("/reports/" + withdrawn)), "no withdrawn report");
        assertTrue(lastmodOfTable != null && lastmodOfTable.matches("\\d{4}-\\d{2}-\\d{2}"), lastmodOfTable);
        given().get("/sitemap-1.xml").then().statusCode(404);
    }

    @Test
    void openDataAsJsonHasTheKeyFiguresAndFilters() {
        JsonPath all = given().queryParam("region", YUEYANG)
                .get("/api/open-data/reports.json")
                .then()
                .statusCode(200)
                .contentType(containsString("application/json"))
                .extract()
                .jsonPath();
        assertEquals(all.getList("reports").size(), all.getInt("count"));
        assertTrue(all.getList("reports.regionCode").stream().allMatch(YUEYANG::equals));
        String path = "reports.find { it.id == " + withTable + " }";
        assertEquals(TABLE_TITLE, all.getString(path + ".title"));
        assertEquals(1250000.00f, all.getFloat(path + ".budgetYuan"));
        assertEquals(92.40f, all.getFloat(path + ".executionRate"));
        assertEquals("GOOD", all.getString(path + ".grade"));
        assertEquals("2024-01-10", all.getString(path + ".publishedOn"));
        assertTrue(all.getString(path + ".url").endsWith("/reports/" + withTable));
        assertTrue(!all.getList("reports.id").contains((int) withdrawn), "no withdrawn report");

        JsonPath year2019 = given().get("/api/open-data/reports.json?region=430600&year=2019")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(
                List.of(2019),
                year2019.getList("reports.year").stream().distinct().toList());
    }

    @Test
    void openDataAsCsvOpensInExcelAndKeepsFormulasOut() {
        byte[] csv = given().get("/api/open-data/reports.csv?region=430600")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("reports-430600.csv"))
                .extract()
                .asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3), "UTF-8 BOM");
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertTrue(lines.getFirst().startsWith("编号(id),索引号(indexNo),标题(title)"), lines.getFirst());
        String row = lines.stream()
                .filter(l -> l.startsWith(withTable + ","))
                .findFirst()
                .orElseThrow();
        assertTrue(row.contains(TABLE_TITLE) && row.contains("1250000.00") && row.contains("92.40"), row);
        assertEquals("'=SUM(A1)", OpenDataApi.safeCell("=SUM(A1)"));
        assertEquals(12, OpenDataApi.safeCell(12));
    }

    @Test
    void badOpenDataFiltersAreA400NamingTheField() {
        given().get("/api/open-data/reports.csv?year=abc")
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("year"))
                .body("message", containsString("年度"));
        given().get("/api/open-data/reports.json?region=43060")
                .then()
                .statusCode(400)
                .body("fields[0].field", equalTo("region"))
                .body("message", containsString("地区代码"));
    }

    @Test
    void displayChoicesFromTheCookieAreRenderedAndTheErrorLinkCarriesThePage() {
        given().cookie("jx-display", "elder.contrast.<script>")
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"zh-CN\" class=\"contrast elder\">"));
        given().get("/open-data")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"zh-CN\" class=\"\">"))
                .body(containsString("class=\"skip-link\" href=\"#main\""))
                .body(containsString("id=\"a11y-toolbar\""))
                .body(containsString("https://zfwzzc.www.gov.cn/?url=http"))
                .body(containsString("%2Fopen-data"));
    }

    private static Document parse(byte[] xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }
}

package cn.jixiao.tenantadmin.bulk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.testing.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The operator's pages: a code list uploaded, previewed and run; a region suspended and its identity kept. */
@QuarkusTest
class OperatorPagesBrowserTest {
    private static Browser browser;

    @TestHTTPResource("/")
    URL app;

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    @BeforeAll
    static void launch() {
        browser = Browser.launch();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void anOperatorUploadsACodeListSeesThePreviewStartsItAndThenSuspendsARegion() throws SQLException {
        String prefix = freePrefix();
        String csv = "行政区划代码,名称\n" + prefix + "00,页面测试市\n" + prefix + "01,市辖区\n" + prefix + "02,页面测试区\nabc,坏行\n";
        var page = browser.newPage();
        page.onDialog(dialog -> dialog.accept());
        page.navigate(app + "bulk");
        Browser.signIn(page, "platform-admin", "demo");
        page.waitForSelector("#upload-form");
        Browser.assertAccessible(page);

        // a file with a bad row: the preview names the line, no start button
        page.setInputFiles("#file", new FilePayload("codes.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.click("#upload");
        page.waitForSelector("#problems");
        assertTrue(page.innerText("#problems").contains("第 5 行"), page.innerText("#problems"));
        assertTrue(page.innerText("#skipped").contains("市辖区"));
        assertTrue(page.querySelector("#start") == null);
        Browser.assertAccessible(page);

        page.navigate(app + "bulk");
        page.setInputFiles(
                "#file",
                new FilePayload(
                        "codes.csv", "text/csv", csv.replace("abc,坏行\n", "").getBytes(StandardCharsets.UTF_8)));
        page.click("#upload");
        page.waitForSelector("#start");
        assertTrue(page.innerText("#items").contains("页面测试区"));
        page.click("#start");
        page.waitForFunction(
                "() => document.querySelector('#job-status').innerText.includes('已完成')",
                null,
                new Page.WaitForFunctionOptions().setTimeout(60_000));
        page.waitForSelector("#credentials-link");
        assertTrue(page.innerText("#item-" + prefix + "02").contains("已开通"));
        Browser.assertAccessible(page);

        // the region's page: identity refused then saved, then suspended
        page.navigate(app + "tenants/" + prefix + "02");
        page.waitForSelector("#identity-form");
        Browser.assertAccessible(page);
        page.fill("#siteCode", "123");
        page.click("#save-identity");
        Browser.await(page, "#siteCode + .field-error");
        assertTrue(page.innerText("#siteCode + .field-error").contains("10 位"));
        page.fill("#siteCode", "150799000A");
        page.fill("#sponsor", "页面测试区财政局");
        page.click("#save-identity");
        page.waitForSelector("text=上次由");
        page.click("#suspend");
        page.waitForSelector("#resume");
        assertTrue(page.innerText("#tenant-status").contains("已停用"));
        assertTrue(page.isVisible("#offboard-form"));
        Browser.assertAccessible(page);
    }

    private String freePrefix() throws SQLException {
        for (int attempt = 0; attempt < 100; attempt++) {
            String prefix = "15" + ThreadLocalRandom.current().nextInt(70, 100);
            try (var connection = owner.getConnection();
                    var statement = connection.prepareStatement("select 1 from region where code like ?")) {
                statement.setString(1, prefix + "%");
                try (var rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        return prefix;
                    }
                }
            }
        }
        throw new IllegalStateException("no free test city code left in 157000–159999");
    }
}

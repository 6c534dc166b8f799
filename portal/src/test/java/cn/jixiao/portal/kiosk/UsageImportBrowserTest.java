package cn.jixiao.portal.kiosk;

import static cn.jixiao.portal.kiosk.KioskImportFixtures.DEVICE_HEADER;
import static cn.jixiao.portal.kiosk.KioskImportFixtures.csv;
import static cn.jixiao.portal.kiosk.KioskImportFixtures.importSheet;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A department editor uploads daily counts on /transfer: errors by line first, then a good file imported. */
@QuarkusTest
class UsageImportBrowserTest {
    private static Browser browser;

    @TestHTTPResource("/transfer")
    URL transfer;

    @Inject
    @DataSource("owner")
    AgroalDataSource owner;

    KioskImportFixtures data;

    @BeforeAll
    static void launch() {
        browser = Browser.launch();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @BeforeEach
    void seed() {
        data = new KioskImportFixtures(owner);
        data.seedTypes();
        importSheet(
                        "yijinhuoluo-dept",
                        "devices",
                        "commit",
                        "设备.csv",
                        csv(DEVICE_HEADER + data.code("W1") + "," + data.type
                                + ",,,,,旗政务服务局,,,已到货,2022-05-01,2022-06-01,,,,,,,,,\n"))
                .then()
                .statusCode(200)
                .body("created", equalTo(1));
    }

    @AfterEach
    void clean() {
        data.clean();
    }

    @Test
    void editorSeesTheBadLinesThenImportsAGoodFile() {
        Page page = browser.newPage();
        page.navigate(transfer.toString());
        Browser.signIn(page, "yijinhuoluo-dept", "demo");
        Browser.await(page, "#usage-form");

        upload(page, "设备编号,日期,办件量\n" + data.code("W1") + ",2023-01-01,abc\n");
        Browser.await(page, "#usage-status[data-result='failed']");
        assertTrue(page.textContent("#usage-status").contains("未保存任何数据"), page.textContent("#usage-status"));
        assertTrue(page.textContent("#usage-errors").contains("第 2 行"), page.textContent("#usage-errors"));

        upload(page, "设备编号,日期,办件量\n" + data.code("W1") + ",2023-01-01,12\n" + data.code("W1") + ",2023-01-02,8\n");
        Browser.await(page, "#usage-status[data-result='committed']");
        assertTrue(page.textContent("#usage-status").contains("导入成功：新增 2 条"), page.textContent("#usage-status"));
        assertEquals(
                20, data.count("select sum(transactions) from device_usage where device_id = ?", data.deviceId("W1")));
    }

    private static void upload(Page page, String text) {
        page.setInputFiles("#usage-file", new FilePayload("办件量.csv", "text/csv", csv(text)));
        page.click("#usage-commit");
    }
}

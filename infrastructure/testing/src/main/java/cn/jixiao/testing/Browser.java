package cn.jixiao.testing;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright (Playwright's own browser download does not work here).
 *
 * <p>One Chromium serves every test class of a JVM: starting Playwright's driver and Chromium costs about
 * two and a half seconds of CPU, paid once instead of once per class. Each {@link #launch()} is a handle
 * whose pages live in contexts of their own (no cookies shared), closed with the handle. Playwright is used
 * from one thread, as JUnit runs the classes; the driver, and with it Chromium, ends when the JVM does.
 */
public final class Browser implements AutoCloseable {
    private static Playwright playwright;
    private static com.microsoft.playwright.Browser chromium;

    private final List<BrowserContext> contexts = new ArrayList<>();

    private Browser() {}

    public static synchronized Browser launch() {
        if (chromium == null || !chromium.isConnected()) {
            start();
        }
        return new Browser();
    }

    private static void start() {
        if (playwright != null) {
            playwright.close();
        }
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        String executable = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        chromium = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(executable))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    /** A fresh page in its own context (no cookies shared with other pages), in Chinese. */
    public Page newPage() {
        BrowserContext context =
                chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("zh-CN"));
        contexts.add(context);
        return context.newPage();
    }

    /**
     * Fills Keycloak's login form; the page must be showing it. With organizations enabled the
     * realm asks for the username first and for the password on a second page.
     */
    public static void signIn(Page page, String username, String password) {
        await(page, "#username");
        page.fill("#username", username);
        if (page.locator("#password").count() == 0) {
            page.click("#kc-login");
            await(page, "#password");
        }
        page.fill("#password", password);
        page.click("#kc-login");
    }

    /** Waits for an element; on timeout says where the browser is and what it shows. */
    public static void await(Page page, String selector) {
        try {
            page.waitForSelector(selector, new Page.WaitForSelectorOptions().setTimeout(20_000));
        } catch (com.microsoft.playwright.TimeoutError e) {
            String text = page.innerText("body");
            throw new AssertionError(
                    "no " + selector + " on " + page.url() + "; the page shows: "
                            + text.substring(0, Math.min(600, text.length())),
                    e);
        }
    }

    /**
     * Fails with a readable list of every WCAG 2.1 A/AA violation axe-core finds on the page, at its
     * width and again on a 390 px wide phone, where nothing may be wider than the screen. Call it on
     * every page a browser test opens.
     */
    public static void assertAccessible(Page page) {
        Accessibility.assertNoViolations(page, "desktop width");
        Accessibility.assertFitsPhone(page);
    }

    @Override
    public void close() {
        for (BrowserContext context : contexts) {
            try {
                context.close();
            } catch (com.microsoft.playwright.PlaywrightException e) {
                if (chromium.isConnected()) {
                    throw e;
                } // else Chromium is gone, and its contexts with it; the next launch() starts another
            }
        }
        contexts.clear();
    }
}

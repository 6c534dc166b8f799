package cn.jixiao.testing;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ViewportSize;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What every page must pass: axe-core's WCAG 2.1 A and AA rules (Deque's axe-core for Playwright,
 * which carries axe.min.js from Maven Central), and, on a 390 px wide phone, nothing wider than the
 * screen.
 */
final class Accessibility {
    static final List<String> WCAG_21_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    /** Lists the elements that stick out to the right of the screen, widest first. */
    private static final String WIDER_THAN_SCREEN = """
            width => [...document.querySelectorAll('body *')]
                .map(e => ({e, right: Math.round(e.getBoundingClientRect().right)}))
                .filter(x => x.right > width && getComputedStyle(x.e).position !== 'fixed')
                .filter(x => !x.e.parentElement || x.e.parentElement.getBoundingClientRect().right <= width)
                .sort((a, b) => b.right - a.right).slice(0, 8)
                .map(x => x.e.tagName.toLowerCase() + (x.e.id ? '#' + x.e.id : '')
                    + (x.e.className && typeof x.e.className === 'string' ? '.' + x.e.className.trim().split(/\\s+/).join('.') : '')
                    + ' reaches ' + x.right + ' px')
            """;

    private Accessibility() {}

    static void assertNoViolations(Page page, String where) {
        // Legacy mode runs axe inside the page; the default mode opens a blank page per check to merge
        // the results of frames, which our pages do not have, and took about half of each check.
        List<Rule> violations = new AxeBuilder(page)
                .withTags(WCAG_21_A_AA)
                .setLegacyMode(true)
                .analyze()
                .getViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size() + " WCAG 2.1 A/AA violations on " + page.url() + " (" + where
                    + "):\n" + violations.stream().map(Accessibility::describe).collect(Collectors.joining("\n")));
        }
    }

    static void assertFitsPhone(Page page) {
        ViewportSize before = page.viewportSize();
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        try {
            int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
            if (width > PHONE_WIDTH) {
                throw new AssertionError(page.url() + " is " + width + " px wide on a " + PHONE_WIDTH + " px phone: "
                        + page.evaluate(WIDER_THAN_SCREEN, PHONE_WIDTH));
            }
            assertNoViolations(page, PHONE_WIDTH + " px wide");
        } finally {
            if (before != null) {
                page.setViewportSize(before.width, before.height);
            }
        }
    }

    private static String describe(Rule rule) {
        String nodes =
                rule.getNodes().stream().limit(5).map(Accessibility::describe).collect(Collectors.joining("\n"));
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n" + nodes
                + (rule.getNodes().size() > 5
                        ? "\n    … and " + (rule.getNodes().size() - 5) + " more"
                        : "");
    }

    private static String describe(CheckedNode node) {
        String summary = node.getFailureSummary() == null
                ? ""
                : node.getFailureSummary().replaceAll("\\s+", " ").strip();
        return "    " + node.getTarget() + ": " + summary;
    }
}

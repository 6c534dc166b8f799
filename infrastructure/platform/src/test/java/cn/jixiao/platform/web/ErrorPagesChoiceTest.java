package cn.jixiao.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which answers a browser sees as a page: the choice every app shares. */
class ErrorPagesChoiceTest {
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void aBrowserGetsAPageForEachRefusalStatus() {
        for (int status : new int[] {400, 403, 404, 405, 409, 413, 415}) {
            assertTrue(ErrorPages.wantsPage(status, BROWSER, "/projects/7"), "status " + status);
        }
    }

    @Test
    void theApiAndClientsThatDoNotAskForHtmlKeepJson() {
        assertFalse(ErrorPages.wantsPage(409, BROWSER, "/api/projects/7"));
        assertFalse(ErrorPages.wantsPage(409, "application/json", "/projects/7"));
        assertFalse(ErrorPages.wantsPage(409, null, "/projects/7"));
    }

    @Test
    void signInAndServerErrorsAreNotTurnedIntoPages() {
        assertFalse(ErrorPages.wantsPage(401, BROWSER, "/"));
        assertFalse(ErrorPages.wantsPage(500, BROWSER, "/"));
    }

    @Test
    void aServiceThatIsAwayIsAPageSayingTryAgain() {
        assertTrue(ErrorPages.wantsPage(503, BROWSER, "/budgets"));
        assertFalse(ErrorPages.wantsPage(503, BROWSER, "/api/budgets"));
        assertTrue(StatusMessages.of(503).message().startsWith("所需的服务暂时无法访问"));
    }

    @Test
    void frameworkEnglishIsReplacedButOurOwnMessagesStay() {
        assertTrue(StatusMessages.personal("Unable to find matching target resource method", 404)
                .startsWith("您要找的页面"));
        assertTrue(StatusMessages.personal("该地区尚未开通 (no such tenant)", 404).startsWith("该地区尚未开通"));
    }
}

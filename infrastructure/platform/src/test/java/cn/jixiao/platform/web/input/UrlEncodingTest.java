package cn.jixiao.platform.web.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class UrlEncodingTest {

    @Test
    void decodesPairsWithPlusAsSpaceAndMultiByteCharacters() throws Exception {
        assertEquals(
                List.of(
                        new UrlEncoding.Parameter("q", "q", "一窗 受理"),
                        new UrlEncoding.Parameter("page", "page", "2"),
                        new UrlEncoding.Parameter("flag", "flag", "")),
                UrlEncoding.queryParameters("q=%E4%B8%80%E7%AA%97+%E5%8F%97%E7%90%86&page=2&&flag"));
    }

    @Test
    void aPercentSignNotFollowedByTwoHexDigitsNamesTheField() {
        for (String body : List.of("name=%zz", "a=1&name=ab%4", "name=%", "name=%g1")) {
            var e = assertThrows(UrlEncoding.MalformedException.class, () -> UrlEncoding.queryParameters(body));
            assertEquals("name", e.rawName(), body);
        }
    }

    @Test
    void controlCharactersAreFoundExceptTabAndNewLines() {
        assertTrue(TextRules.allowed("第一行\r\n第二行\t"));
        assertEquals(0, TextRules.forbiddenControl("a\u0000b").getAsInt());
        assertEquals(0x1b, TextRules.forbiddenControl("\u001b[31m").getAsInt());
    }
}

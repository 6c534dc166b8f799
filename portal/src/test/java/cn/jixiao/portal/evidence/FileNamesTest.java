package cn.jixiao.portal.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The names evidence files are stored and offered under. */
class FileNamesTest {

    @Test
    void bidiOverridesAndOtherInvisibleCharactersAreRemovedFromStoredNames() {
        // U+202E would show "验收报告‮fdp.exe" as "验收报告exe.pdf"
        assertEquals("验收报告fdp.exe", FileNames.safe("验收报告\u202Efdp.exe", FileType.PDF));
        assertEquals("a.pdf", FileNames.safe("a\u2066\u200B\u0000\u001F.pdf", FileType.PDF));
        assertEquals("联网验收意见.pdf", FileNames.safe("C:\\扫描件\\联网验收意见.pdf", FileType.PDF));
        assertEquals("联网验收意见.pdf", FileNames.safe("../../联网验收意见.pdf", FileType.PDF));
    }

    @Test
    void aNamelessOrInvisibleNameBecomesOneMadeFromTheDetectedType() {
        assertEquals("document.jpg", FileNames.safe(null, FileType.JPEG));
        assertEquals("document.docx", FileNames.safe("\u202E\u0000", FileType.DOCX));
        assertEquals("document.pdf", FileNames.safe("dir/..", FileType.PDF));
    }

    @Test
    void aLongNameKeepsItsEnd() {
        String name = "年".repeat(300) + ".pdf";
        String safe = FileNames.safe(name, FileType.PDF);
        assertEquals(FileNames.MAX_LENGTH, safe.length());
        assertEquals(true, safe.endsWith(".pdf"));
    }

    @Test
    void theAsciiFallbackTakesItsExtensionFromTheRealTypeNotFromTheGivenName() {
        assertEquals("document-42.pdf", FileNames.asciiFallback("document", 42, FileType.PDF));
        assertEquals("document-7.xlsx", FileNames.asciiFallback("Document", 7, FileType.XLSX));
    }
}

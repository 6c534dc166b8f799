package cn.jixiao.portal.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.portal.kiosk.DeviceDocumentApiTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTypeTest {
    @TempDir
    Path dir;

    private Optional<FileType> typeOf(byte[] content) throws Exception {
        Path file = Files.write(dir.resolve("upload"), content);
        return FileType.of(file);
    }

    @Test
    void acceptedTypesAreToldFromTheirContent() throws Exception {
        assertEquals(Optional.of(FileType.PDF), typeOf(DeviceDocumentApiTest.pdf("x")));
        assertEquals(
                Optional.of(FileType.JPEG), typeOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0}));
        assertEquals(
                Optional.of(FileType.PNG), typeOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}));
        assertEquals(Optional.of(FileType.OFD), typeOf(DeviceDocumentApiTest.zip("OFD.xml", "Doc_0/Document.xml")));
        assertEquals(
                Optional.of(FileType.DOCX),
                typeOf(DeviceDocumentApiTest.zip("[Content_Types].xml", "word/document.xml")));
        assertEquals(
                Optional.of(FileType.XLSX),
                typeOf(DeviceDocumentApiTest.zip("[Content_Types].xml", "xl/workbook.xml")));
    }

    @Test
    void anythingElseIsRefusedWhateverItIsCalled() throws Exception {
        assertEquals(Optional.empty(), typeOf(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1}));
        assertEquals(Optional.empty(), typeOf(new byte[] {'M', 'Z', (byte) 0x90, 0}));
        assertEquals(Optional.empty(), typeOf("%PD".getBytes()));
        assertEquals(Optional.empty(), typeOf(new byte[0]));
        assertEquals(Optional.empty(), typeOf(DeviceDocumentApiTest.zip("payload.exe")));
        assertEquals(Optional.empty(), typeOf(new byte[] {'P', 'K', 3, 4, 1, 2, 3})); // a broken zip
    }
}

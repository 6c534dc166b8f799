package cn.jixiao.portal.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The development scanner finds the EICAR test signature wherever it lies, however the bytes arrive. */
class BuiltinScannerTest {

    private static EvidenceScanner.Verdict scan(byte[] file, int readSize) {
        var scan = new BuiltinScanner().start();
        for (int off = 0; off < file.length; off += readSize) {
            scan.update(file, off, Math.min(readSize, file.length - off));
        }
        return scan.verdict(() -> {
                    throw new AssertionError("the builtin scanner watches the bytes as they pass");
                })
                .verdict();
    }

    private static byte[] fileWithSignatureAt(int size, int at) {
        byte[] file = new byte[size];
        new Random(at).nextBytes(file);
        if (at >= 0) {
            System.arraycopy(BuiltinScanner.EICAR, 0, file, at, BuiltinScanner.EICAR.length);
        }
        return file;
    }

    @Test
    void theSignatureIsFoundAtTheStartInTheMiddleAndAtTheEndWhateverTheReadSize() {
        int size = 300_000;
        int[] places = {0, 9, 65_536 - 30, 123_457, size - BuiltinScanner.EICAR.length};
        int[] readSizes = {1, 7, 67, 68, 8_192, 65_536, size};
        for (int at : places) {
            byte[] file = fileWithSignatureAt(size, at);
            for (int readSize : readSizes) {
                assertEquals(
                        EvidenceScanner.Verdict.INFECTED, scan(file, readSize), "at " + at + ", reads of " + readSize);
            }
        }
    }

    @Test
    void aFileWithoutTheWholeSignatureIsClean() {
        byte[] file = fileWithSignatureAt(200_000, -1);
        assertEquals(EvidenceScanner.Verdict.CLEAN, scan(file, 8_192));
        // all but the signature's last byte, at a read boundary and inside a read
        byte[] cut = fileWithSignatureAt(200_000, 8_192 - 40);
        cut[8_192 - 40 + BuiltinScanner.EICAR.length - 1] = 'x';
        assertEquals(EvidenceScanner.Verdict.CLEAN, scan(cut, 8_192));
        assertEquals(EvidenceScanner.Verdict.CLEAN, scan(cut, 1));
    }
}

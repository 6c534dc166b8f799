package cn.jixiao.portal.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.portal.evidence.EvidenceScanner.Result;
import cn.jixiao.portal.evidence.EvidenceScanner.Verdict;
import io.quarkus.runtime.configuration.MemorySize;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The clamd scanner's side of ClamAV's INSTREAM protocol, against a small TCP server in this test that
 * speaks it as clamd does: {@code zINSTREAM\0}, chunks each led by its 4-byte big-endian length, a zero
 * length to end, then one NUL-terminated answer (OK, a signature FOUND, or the size-limit ERROR when the
 * stream passes its StreamMaxLength). The server is a stand-in for clamd (not installed here: its
 * signature database is downloaded from outside Debian); the scanner under test is the real one.
 */
class ClamdScannerTest {
    private static final int SERVER_MAX = 100_000; // the stand-in's StreamMaxLength

    private ServerSocket server;
    private CompletableFuture<byte[]> received;

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        received = CompletableFuture.supplyAsync(this::answerOne);
    }

    @AfterEach
    void close() throws IOException {
        server.close();
    }

    /** Accepts one connection, reads the INSTREAM command and chunks, answers as clamd, returns the bytes. */
    private byte[] answerOne() {
        try (Socket socket = server.accept()) {
            var in = new DataInputStream(socket.getInputStream());
            byte[] command = new byte["zINSTREAM\0".length()];
            in.readFully(command);
            assertEquals("zINSTREAM\0", new String(command, StandardCharsets.US_ASCII));
            var content = new ByteArrayOutputStream();
            int length;
            while ((length = in.readInt()) > 0) {
                content.write(in.readNBytes(length));
            }
            byte[] bytes = content.toByteArray();
            String answer;
            if (bytes.length > SERVER_MAX) {
                answer = "INSTREAM size limit exceeded. ERROR";
            } else if (contains(bytes, BuiltinScanner.EICAR)) {
                answer = "stream: Win.Test.EICAR_HDB-1 FOUND";
            } else {
                answer = "stream: OK";
            }
            OutputStream out = socket.getOutputStream();
            out.write((answer + "\0").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.shutdownOutput();
            return bytes;
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }

    private ClamdScanner scanner(long streamMaxLength) {
        return scanner(server.getLocalPort(), streamMaxLength);
    }

    private static ClamdScanner scanner(int port, long streamMaxLength) {
        return new ClamdScanner(new EvidenceConfig.Clamd() {
            @Override
            public String host() {
                return "127.0.0.1";
            }

            @Override
            public int port() {
                return port;
            }

            @Override
            public Duration timeout() {
                return Duration.ofSeconds(10);
            }

            @Override
            public MemorySize streamMaxLength() {
                return new MemorySize(BigInteger.valueOf(streamMaxLength));
            }
        });
    }

    private static Result scan(ClamdScanner scanner, byte[] file) {
        return scanner.start().verdict(() -> new ByteArrayInputStream(file));
    }

    private static byte[] pdfLike(int size) {
        byte[] file = new byte[size];
        for (int i = 0; i < size; i++) {
            file[i] = (byte) ('a' + i % 26);
        }
        return file;
    }

    @Test
    void aCleanFileIsSentWholeInChunksAndComesBackClean() throws Exception {
        byte[] file = pdfLike(70_000); // two chunks of the scanner's 64 KiB
        Result result = scan(scanner(200_000), file);
        assertEquals(Verdict.CLEAN, result.verdict(), result.note());
        assertArrayEquals(file, received.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aSignatureFoundIsInfectedWithItsName() throws Exception {
        byte[] file = (new String(pdfLike(1000), StandardCharsets.US_ASCII)
                        + new String(BuiltinScanner.EICAR, StandardCharsets.US_ASCII))
                .getBytes(StandardCharsets.US_ASCII);
        Result result = scan(scanner(200_000), file);
        assertEquals(Verdict.INFECTED, result.verdict());
        assertEquals("Win.Test.EICAR_HDB-1", result.note());
    }

    @Test
    void clamdsSizeLimitAnswerIsAFailureNotClean() {
        Result result = scan(scanner(1_000_000), pdfLike(SERVER_MAX + 1));
        assertEquals(Verdict.FAILED, result.verdict());
        assertTrue(result.note().contains("size limit exceeded"), result.note());
    }

    @Test
    void aFileLongerThanTheConfiguredLimitIsNotCalledCleanFromItsFirstPart() {
        // the first 50,000 bytes alone would pass; the scanner must not answer for what clamd never saw
        byte[] file = pdfLike(60_000);
        System.arraycopy(BuiltinScanner.EICAR, 0, file, 55_000, BuiltinScanner.EICAR.length);
        Result result = scan(scanner(50_000), file);
        assertEquals(Verdict.FAILED, result.verdict());
        assertTrue(result.note().contains("StreamMaxLength"), result.note());
    }

    @Test
    void noDaemonListeningIsAFailure() throws IOException {
        // a port of its own, closed before anyone accepts on it: closing the stand-in's socket while its
        // accept thread is still blocked leaves the kernel's listener alive until that thread wakes, so a
        // connection could still be answered "OK" there
        int closedPort;
        try (var nobody = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = nobody.getLocalPort();
        }
        var scanner = scanner(closedPort, 200_000);
        Result result = scan(scanner, pdfLike(10));
        assertEquals(Verdict.FAILED, result.verdict());
        assertTrue(result.note().startsWith("clamd: "), result.note());
    }
}
